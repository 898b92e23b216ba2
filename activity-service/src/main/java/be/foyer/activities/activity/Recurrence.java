package be.foyer.activities.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.domain.InvalidInputException;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The part of RFC 5545 recurrence rules the calendar supports: {@code FREQ=WEEKLY} (BYDAY, INTERVAL, COUNT, UNTIL)
 * and {@code FREQ=MONTHLY} (BYDAY with or without an ordinal such as {@code 1TH} or {@code -1FR}, or BYMONTHDAY;
 * INTERVAL, COUNT, UNTIL). ical4j reads and expands the rule; this class only keeps to the subset (anything else is
 * 400 on {@code recurrence} naming the part). Occurrences are expanded on local date-times, so each keeps the first
 * one's local time and a daylight-saving change never moves a workshop from 14:00 to 13:00.
 */
public final class Recurrence {

    public static final String FIELD = "recurrence";

    private static final int MAX_COUNT = 1000;
    private static final int MAX_INTERVAL = 52;
    private static final int MAX_ORDINAL = 5;
    private static final Set<String> PARTS = Set.of("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "WKST");

    /** The rule as ical4j expands it: UNTIL as a local date-time in the series' zone. */
    private final Recur<LocalDateTime> recur;
    private final String untilText;

    private Recurrence(Recur<LocalDateTime> recur, String untilText) {
        this.recur = recur;
        this.untilText = untilText;
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
        List<String> parts = Arrays.stream(rule.split(";")).filter(part -> !part.isBlank()).toList();
        String untilText = null;
        for (String part : parts) {
            String name = readable(part);
            if (name.equals("UNTIL")) {
                untilText = part.substring("UNTIL=".length());
            }
        }
        if (parts.stream().noneMatch(part -> part.startsWith("FREQ="))) {
            throw bad("FREQ is required (FREQ=WEEKLY or FREQ=MONTHLY)");
        }
        Recur<LocalDateTime> recur = new Recur<>(String.join(";", parts));
        supported(recur);
        if (untilText != null) {
            recur = new Recur.Builder<>(recur).until(localUntil(recur, zone)).build();
        }
        return new Recurrence(recur, untilText);
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

    /** The rule in its RFC 5545 form, as stored and answered (parts in the order the calendar always wrote them). */
    public String rule() {
        StringBuilder rule = new StringBuilder("FREQ=").append(recur.getFrequency());
        if (recur.getInterval() > 1) {
            rule.append(";INTERVAL=").append(recur.getInterval());
        }
        if (!recur.getDayList().isEmpty()) {
            rule.append(";BYDAY=").append(String.join(",", recur.getDayList().stream().map(WeekDay::toString).toList()));
        }
        if (!recur.getMonthDayList().isEmpty()) {
            rule.append(";BYMONTHDAY=")
                    .append(String.join(",", recur.getMonthDayList().stream().map(String::valueOf).toList()));
        }
        if (recur.getCount() > 0) {
            rule.append(";COUNT=").append(recur.getCount());
        }
        if (untilText != null) {
            rule.append(";UNTIL=").append(untilText);
        }
        return rule.toString();
    }

    /** Whether the series ends (by COUNT or UNTIL). */
    public boolean isFinite() {
        return recur.getCount() > 0 || untilText != null;
    }

    /**
     * The local start of each occurrence from {@code first} (the series' start, always an occurrence of a valid
     * series) before {@code horizon}; COUNT and UNTIL end it earlier. Exceptions are not removed here: as in RFC
     * 5545, they do not give COUNT more occurrences.
     */
    public List<LocalDateTime> starts(LocalDateTime first, LocalDateTime horizon) {
        return recur.getDates(first, first, horizon).stream().filter(start -> start.isBefore(horizon)).toList();
    }

    /** Checks that ical4j can read {@code part} alone, naming it otherwise; answers its name. */
    private static String readable(String part) {
        int equals = part.indexOf('=');
        if (equals < 1) {
            throw bad("'" + part + "' is not of the form NAME=VALUE");
        }
        String name = part.substring(0, equals);
        String value = part.substring(equals + 1);
        if (!PARTS.contains(name)) {
            throw bad(name + " is not supported; use FREQ, INTERVAL, COUNT, UNTIL, BYDAY or BYMONTHDAY");
        }
        if (name.equals("FREQ") && !value.equals("WEEKLY") && !value.equals("MONTHLY")) {
            throw bad("FREQ=" + value + " is not supported; use FREQ=WEEKLY or FREQ=MONTHLY");
        }
        try {
            new Recur<LocalDateTime>("FREQ=MONTHLY;" + part);
        } catch (RuntimeException unreadable) {
            throw switch (name) {
                case "UNTIL" -> bad(part + " is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSSZ)");
                case "BYDAY" -> badDay(part);
                case "BYMONTHDAY" -> outOfRange(part, -31, 31);
                case "WKST" -> badWeekStart(part);
                default -> outOfRange(part, 1, name.equals("COUNT") ? MAX_COUNT : MAX_INTERVAL);
            };
        }
        return name;
    }

    /** The limits of the subset between parts ical4j reads well but the calendar does not offer. */
    private static void supported(Recur<LocalDateTime> recur) {
        if (recur.getInterval() != -1 && (recur.getInterval() < 1 || recur.getInterval() > MAX_INTERVAL)) {
            throw outOfRange("INTERVAL=" + recur.getInterval(), 1, MAX_INTERVAL);
        }
        if (recur.getCount() != -1 && (recur.getCount() < 1 || recur.getCount() > MAX_COUNT)) {
            throw outOfRange("COUNT=" + recur.getCount(), 1, MAX_COUNT);
        }
        if (recur.getWeekStartDay() != null && !recur.getWeekStartDay().equals(WeekDay.MO)) {
            throw badWeekStart("WKST=" + recur.getWeekStartDay());
        }
        if (recur.getCount() != -1 && recur.getUntil() != null) {
            throw bad("COUNT and UNTIL cannot both be given");
        }
        for (WeekDay day : recur.getDayList()) {
            if (Math.abs(day.getOffset()) > MAX_ORDINAL) {
                throw badDay("BYDAY=" + day);
            }
        }
        if (recur.getFrequency() == Frequency.WEEKLY) {
            if (!recur.getMonthDayList().isEmpty()) {
                throw bad("BYMONTHDAY is not supported with FREQ=WEEKLY");
            }
            for (WeekDay day : recur.getDayList()) {
                if (day.getOffset() != 0) {
                    throw bad("BYDAY=" + day + " is not supported with FREQ=WEEKLY (an ordinal needs FREQ=MONTHLY)");
                }
            }
        } else if (!recur.getDayList().isEmpty() && !recur.getMonthDayList().isEmpty()) {
            throw bad("BYDAY together with BYMONTHDAY is not supported; use one of them");
        }
    }

    /** UNTIL as a local date-time in {@code zone}: a date is its whole day, a UTC time the zone's clock then. */
    private static LocalDateTime localUntil(Recur<LocalDateTime> recur, ZoneId zone) {
        Temporal until = recur.getUntil();
        if (until instanceof LocalDate date) {
            return date.atTime(LocalTime.MAX);
        }
        if (until instanceof OffsetDateTime utc) {
            return LocalDateTime.ofInstant(utc.toInstant(), zone);
        }
        return LocalDateTime.from(until);
    }

    private static InvalidInputException badDay(String part) {
        return bad(part + " is not supported; use MO, TU, WE, TH, FR, SA, SU, with an ordinal such as 1TH or -1FR for FREQ=MONTHLY");
    }

    private static InvalidInputException badWeekStart(String part) {
        return bad(part + " is not supported; weeks start on Monday (WKST=MO)");
    }

    private static InvalidInputException outOfRange(String part, int min, int max) {
        return bad(part + " is not supported; the value must be a whole number from " + min + " to " + max);
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
