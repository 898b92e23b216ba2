package be.foyer.activities.activity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import be.foyer.platform.domain.InvalidInputException;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;

/**
 * The part of RFC 5545 recurrence rules the calendar supports: {@code FREQ=WEEKLY} (BYDAY, INTERVAL, COUNT, UNTIL)
 * and {@code FREQ=MONTHLY} (BYDAY with or without an ordinal such as {@code 1TH} or {@code -1FR}, or BYMONTHDAY;
 * INTERVAL, COUNT, UNTIL). Occurrences are computed on local dates and keep the first one's local time, so a
 * daylight-saving change never moves a workshop from 14:00 to 13:00.
 */
public final class Recurrence {

    public static final String FIELD = "recurrence";

    private static final int MAX_COUNT = 1000;
    /** A rule that matches no day (BYMONTHDAY=31 every 12 months from February) still stops. */
    private static final int MAX_PERIODS = 5000;
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter BASIC_DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private enum Frequency { WEEKLY, MONTHLY }

    /** A BYDAY entry: a weekday, with an ordinal in the month (1 = first, -1 = last) or 0 for every such day. */
    private record WeekdayNum(int ordinal, DayOfWeek day) {
        @Override
        public String toString() {
            return (ordinal == 0 ? "" : Integer.toString(ordinal)) + DAYS.get(day.getValue() - 1);
        }
    }

    private final Frequency frequency;
    private final int interval;
    private final Integer count;
    private final LocalDateTime until;
    private final String untilText;
    private final List<WeekdayNum> byDay;
    private final List<Integer> byMonthDay;

    private Recurrence(Frequency frequency, int interval, Integer count, LocalDateTime until, String untilText,
            List<WeekdayNum> byDay, List<Integer> byMonthDay) {
        this.frequency = frequency;
        this.interval = interval;
        this.count = count;
        this.until = until;
        this.untilText = untilText;
        this.byDay = List.copyOf(byDay);
        this.byMonthDay = List.copyOf(byMonthDay);
    }

    /**
     * Reads a rule such as {@code FREQ=WEEKLY;BYDAY=TH} (an {@code RRULE:} prefix is accepted); a part the calendar
     * does not support answers 400 naming it. {@code UNTIL} in UTC ({@code ...Z}) is read in {@code zone}.
     */
    public static Recurrence parse(String text, ZoneId zone) {
        String rule = text.strip().toUpperCase(Locale.ROOT);
        if (rule.startsWith("RRULE:")) {
            rule = rule.substring("RRULE:".length());
        }
        Frequency frequency = null;
        int interval = 1;
        Integer count = null;
        LocalDateTime until = null;
        String untilText = null;
        List<WeekdayNum> byDay = new ArrayList<>();
        List<Integer> byMonthDay = new ArrayList<>();
        for (String part : rule.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            if (equals < 1) {
                throw bad("'" + part + "' is not of the form NAME=VALUE");
            }
            String name = part.substring(0, equals);
            String value = part.substring(equals + 1);
            switch (name) {
                case "FREQ":
                    if (!value.equals("WEEKLY") && !value.equals("MONTHLY")) {
                        throw bad("FREQ=" + value + " is not supported; use FREQ=WEEKLY or FREQ=MONTHLY");
                    }
                    frequency = Frequency.valueOf(value);
                    break;
                case "INTERVAL":
                    interval = number(part, value, 1, 52);
                    break;
                case "COUNT":
                    count = number(part, value, 1, MAX_COUNT);
                    break;
                case "UNTIL":
                    until = until(value, zone);
                    untilText = value;
                    break;
                case "BYDAY":
                    for (String day : value.split(",")) {
                        byDay.add(weekdayNum(day));
                    }
                    break;
                case "BYMONTHDAY":
                    for (String day : value.split(",")) {
                        int monthDay = number("BYMONTHDAY=" + day, day, -31, 31);
                        if (monthDay == 0) {
                            throw bad("BYMONTHDAY=0 is not a day of the month");
                        }
                        byMonthDay.add(monthDay);
                    }
                    break;
                case "WKST":
                    if (!value.equals("MO")) {
                        throw bad("WKST=" + value + " is not supported; weeks start on Monday (WKST=MO)");
                    }
                    break;
                default:
                    throw bad(name + " is not supported; use FREQ, INTERVAL, COUNT, UNTIL, BYDAY or BYMONTHDAY");
            }
        }
        if (frequency == null) {
            throw bad("FREQ is required (FREQ=WEEKLY or FREQ=MONTHLY)");
        }
        if (count != null && until != null) {
            throw bad("COUNT and UNTIL cannot both be given");
        }
        if (frequency == Frequency.WEEKLY) {
            if (!byMonthDay.isEmpty()) {
                throw bad("BYMONTHDAY is not supported with FREQ=WEEKLY");
            }
            for (WeekdayNum day : byDay) {
                if (day.ordinal() != 0) {
                    throw bad("BYDAY=" + day + " is not supported with FREQ=WEEKLY (an ordinal needs FREQ=MONTHLY)");
                }
            }
        } else if (!byDay.isEmpty() && !byMonthDay.isEmpty()) {
            throw bad("BYDAY together with BYMONTHDAY is not supported; use one of them");
        }
        return new Recurrence(frequency, interval, count, until, untilText, byDay, byMonthDay);
    }

    /**
     * Reads a rule as {@link #parse} does but notes what is wrong in {@code checks} instead of refusing at once: an
     * unsupported part on {@code recurrence}, a {@code start} (if given) that is not a day of the rule on
     * {@code start}. {@code null} when the rule cannot be read.
     */
    public static Recurrence check(String text, LocalDateTime start, ZoneId zone, FieldChecks checks) {
        Recurrence rule;
        try {
            rule = parse(text, zone);
        } catch (InvalidInputException unsupported) {
            unsupported.errors().forEach(error -> checks.reject(error.field(), error.code(), error.message()));
            return null;
        }
        if (start != null) {
            checks.require(rule.starts(start, start.plusMinutes(1)).contains(start), "start",
                    FieldErrorCode.CONFLICTING, "must be a day of the recurrence " + rule.rule()
                            + " (the series starts with its first occurrence)");
        }
        return rule;
    }

    /** The rule in its RFC 5545 form, as stored and answered. */
    public String rule() {
        StringBuilder rule = new StringBuilder("FREQ=").append(frequency);
        if (interval != 1) {
            rule.append(";INTERVAL=").append(interval);
        }
        if (!byDay.isEmpty()) {
            rule.append(";BYDAY=").append(String.join(",", byDay.stream().map(WeekdayNum::toString).toList()));
        }
        if (!byMonthDay.isEmpty()) {
            rule.append(";BYMONTHDAY=")
                    .append(String.join(",", byMonthDay.stream().map(String::valueOf).toList()));
        }
        if (count != null) {
            rule.append(";COUNT=").append(count);
        }
        if (untilText != null) {
            rule.append(";UNTIL=").append(untilText);
        }
        return rule.toString();
    }

    /** Whether the series ends (by COUNT or UNTIL). */
    public boolean isFinite() {
        return count != null || until != null;
    }

    /**
     * The local start of each occurrence from {@code first} (the series' start, always an occurrence of a valid
     * series) before {@code horizon}; COUNT and UNTIL end it earlier. Exceptions are not removed here: as in RFC
     * 5545, they do not give COUNT more occurrences.
     */
    public List<LocalDateTime> starts(LocalDateTime first, LocalDateTime horizon) {
        List<LocalDateTime> starts = new ArrayList<>();
        LocalTime time = first.toLocalTime();
        for (int period = 0; ; period++) {
            List<LocalDate> candidates = frequency == Frequency.WEEKLY
                    ? weekDays(first.toLocalDate(), period) : monthDays(first.toLocalDate(), period);
            for (LocalDate date : candidates) {
                LocalDateTime start = date.atTime(time);
                if (start.isBefore(first)) {
                    continue;
                }
                if (!start.isBefore(horizon) || (until != null && start.isAfter(until))
                        || (count != null && starts.size() >= count)) {
                    return starts;
                }
                starts.add(start);
            }
            if (periodStart(first.toLocalDate(), period).atStartOfDay().isAfter(horizon)
                    || starts.size() >= MAX_COUNT || period >= MAX_PERIODS) {
                return starts;
            }
        }
    }

    private LocalDate periodStart(LocalDate first, int period) {
        return frequency == Frequency.WEEKLY
                ? first.with(DayOfWeek.MONDAY).plusWeeks((long) period * interval)
                : first.withDayOfMonth(1).plusMonths((long) period * interval);
    }

    private List<LocalDate> weekDays(LocalDate first, int period) {
        LocalDate monday = periodStart(first, period);
        TreeSet<LocalDate> days = new TreeSet<>();
        if (byDay.isEmpty()) {
            days.add(monday.plusDays(first.getDayOfWeek().getValue() - 1L));
        }
        for (WeekdayNum day : byDay) {
            days.add(monday.plusDays(day.day().getValue() - 1L));
        }
        return new ArrayList<>(days);
    }

    private List<LocalDate> monthDays(LocalDate first, int period) {
        YearMonth month = YearMonth.from(periodStart(first, period));
        TreeSet<LocalDate> days = new TreeSet<>();
        if (byDay.isEmpty() && byMonthDay.isEmpty() && first.getDayOfMonth() <= month.lengthOfMonth()) {
            days.add(month.atDay(first.getDayOfMonth()));
        }
        for (int monthDay : byMonthDay) {
            int day = monthDay > 0 ? monthDay : month.lengthOfMonth() + monthDay + 1;
            if (day >= 1 && day <= month.lengthOfMonth()) {
                days.add(month.atDay(day));
            }
        }
        for (WeekdayNum weekday : byDay) {
            if (weekday.ordinal() == 0) {
                for (LocalDate day = month.atDay(1).with(TemporalAdjusters.nextOrSame(weekday.day()));
                        !day.isAfter(month.atEndOfMonth()); day = day.plusWeeks(1)) {
                    days.add(day);
                }
            } else {
                LocalDate day = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(weekday.ordinal(), weekday.day()));
                if (YearMonth.from(day).equals(month)) {
                    days.add(day);
                }
            }
        }
        return new ArrayList<>(days);
    }

    private static WeekdayNum weekdayNum(String text) {
        String day = text.strip();
        if (day.length() < 2 || !DAYS.contains(day.substring(day.length() - 2))) {
            throw bad("BYDAY=" + text + " is not supported; use MO, TU, WE, TH, FR, SA, SU, with an ordinal such as 1TH or -1FR for FREQ=MONTHLY");
        }
        String ordinal = day.substring(0, day.length() - 2);
        int number = ordinal.isEmpty() ? 0 : number("BYDAY=" + text, ordinal.replace("+", ""), -5, 5);
        return new WeekdayNum(number, DayOfWeek.of(DAYS.indexOf(day.substring(day.length() - 2)) + 1));
    }

    private static LocalDateTime until(String value, ZoneId zone) {
        try {
            if (value.length() == 8) {
                return LocalDate.parse(value, BASIC_DATE).atTime(LocalTime.MAX);
            }
            if (value.endsWith("Z")) {
                return LocalDateTime.ofInstant(
                        LocalDateTime.parse(value.substring(0, value.length() - 1), BASIC_DATE_TIME)
                                .toInstant(java.time.ZoneOffset.UTC), zone);
            }
            return LocalDateTime.parse(value, BASIC_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw bad("UNTIL=" + value + " is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSSZ)");
        }
    }

    private static int number(String part, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw bad(part + " is not supported; the value must be a whole number from " + min + " to " + max);
    }

    private static InvalidInputException bad(String message) {
        return InvalidInputException.onField(FIELD, FieldErrorCode.INVALID_FORMAT, message);
    }

    /** For tests and logs: the rule. */
    @Override
    public String toString() {
        return rule();
    }
}
