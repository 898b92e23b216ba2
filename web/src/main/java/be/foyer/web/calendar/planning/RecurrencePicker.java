package be.foyer.web.calendar.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.foyer.web.api.ApiFieldError;

/**
 * The recurrence picker of the planning forms, as typed: once, weekly on chosen days (every n weeks), monthly on
 * the nth weekday or on a day of the month (every n months); ends after n times, on a date, or never (activities
 * only); dates left out. It writes the RRULE the API takes ({@link #rule()}, the subset of activity-service's
 * {@code Recurrence}) and reads one back ({@link #of(String, LocalDate, List)}) for the edit form. A rule the picker
 * cannot show (e.g. every Tuesday of the month) is kept as it is ({@link #KEEP}) unless the user picks another.
 * <p>
 * Field names are the inputs' names and ids, so that errors land beside them: {@code repeat}, {@code weekDays},
 * {@code weekInterval}, {@code monthlyBy}, {@code monthOrdinal}, {@code monthWeekday}, {@code monthDay},
 * {@code monthInterval}, {@code ends}, {@code count}, {@code until}, {@code exceptions-<i>} (the i-th date typed).
 */
public record RecurrencePicker(String repeat, List<String> weekDays, String weekInterval, String monthlyBy,
        String monthOrdinal, String monthWeekday, String monthDay, String monthInterval, String ends, String count,
        String until, List<String> exceptions, String keptRule) {

    public static final String ONCE = "ONCE";
    public static final String WEEKLY = "WEEKLY";
    public static final String MONTHLY = "MONTHLY";
    public static final String KEEP = "KEEP";
    public static final String BY_WEEKDAY = "WEEKDAY";
    public static final String BY_MONTHDAY = "MONTHDAY";
    public static final String AFTER_COUNT = "COUNT";
    public static final String ON_DATE = "DATE";
    public static final String NEVER = "NEVER";

    /** RRULE weekdays, Monday first: the order of the checkboxes and of BYDAY. */
    public static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    /** The nth weekday of a month the picker offers: 1st to 4th, and the last (-1). */
    public static final List<String> ORDINALS = List.of("1", "2", "3", "4", "-1");
    /** Blank date inputs offered under the dates already typed. */
    static final int BLANK_EXCEPTIONS = 2;

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    public RecurrencePicker {
        weekDays = weekDays == null ? List.of() : List.copyOf(weekDays);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    /** A new form: once, ending after a number of times once a repetition is chosen. */
    public static RecurrencePicker empty() {
        return new RecurrencePicker(ONCE, List.of(), "1", BY_WEEKDAY, "1", null, null, "1", AFTER_COUNT, null, null,
                List.of(), null);
    }

    /** What the form posted (blank date inputs dropped, so that the i-th date is the API's {@code exceptions[i]}). */
    public static RecurrencePicker from(Map<String, List<String>> params) {
        List<String> exceptions = new ArrayList<>();
        for (String date : params.getOrDefault("exceptions", List.of())) {
            if (date != null && !date.isBlank()) {
                exceptions.add(date.strip());
            }
        }
        List<String> posted = params.getOrDefault("weekDays", List.of());
        List<String> days = DAYS.stream().filter(posted::contains).toList();
        return new RecurrencePicker(orDefault(first(params, "repeat"), ONCE), days, first(params, "weekInterval"),
                first(params, "monthlyBy"), first(params, "monthOrdinal"), first(params, "monthWeekday"),
                first(params, "monthDay"), first(params, "monthInterval"), first(params, "ends"),
                first(params, "count"), first(params, "until"), exceptions, first(params, "keptRule"));
    }

    /**
     * The picker showing an existing series: its rule (null or blank: once), its first date (for a rule without
     * BYDAY/BYMONTHDAY, which repeats on the first date's day) and its dates left out.
     */
    public static RecurrencePicker of(String rule, LocalDate firstDate, List<LocalDate> exceptionDates) {
        List<String> exceptions = exceptionDates == null ? List.of()
                : exceptionDates.stream().sorted().map(LocalDate::toString).toList();
        RecurrencePicker once = new RecurrencePicker(ONCE, List.of(), "1", BY_WEEKDAY, "1", null, null, "1",
                AFTER_COUNT, null, null, exceptions, null);
        if (rule == null || rule.isBlank()) {
            return once;
        }
        String freq = null;
        String interval = "1";
        String count = null;
        String until = null;
        List<String> byDay = List.of();
        List<String> byMonthDay = List.of();
        String text = rule.strip().toUpperCase(Locale.ROOT);
        if (text.startsWith("RRULE:")) {
            text = text.substring("RRULE:".length());
        }
        for (String part : text.split(";")) {
            int equals = part.indexOf('=');
            if (equals < 1) {
                continue;
            }
            String value = part.substring(equals + 1);
            switch (part.substring(0, equals)) {
                case "FREQ" -> freq = value;
                case "INTERVAL" -> interval = value;
                case "COUNT" -> count = value;
                case "UNTIL" -> until = untilDate(value);
                case "BYDAY" -> byDay = List.of(value.split(","));
                case "BYMONTHDAY" -> byMonthDay = List.of(value.split(","));
                case "WKST" -> {
                }
                default -> freq = "UNREADABLE";
            }
        }
        String ends = count != null ? AFTER_COUNT : until != null ? ON_DATE : NEVER;
        RecurrencePicker kept = new RecurrencePicker(KEEP, List.of(), "1", BY_WEEKDAY, "1", null, null, "1", ends,
                count, until, exceptions, rule.strip());
        if ("WEEKLY".equals(freq)) {
            List<String> days = byDay.isEmpty() && firstDate != null
                    ? List.of(DAYS.get(firstDate.getDayOfWeek().getValue() - 1)) : byDay;
            if (!DAYS.containsAll(days)) {
                return kept;
            }
            return new RecurrencePicker(WEEKLY, DAYS.stream().filter(days::contains).toList(), interval, BY_WEEKDAY,
                    "1", null, null, "1", ends, count, until, exceptions, null);
        }
        if ("MONTHLY".equals(freq)) {
            if (byDay.size() == 1 && byMonthDay.isEmpty() && byDay.get(0).length() > 2) {
                String day = byDay.get(0);
                String ordinal = day.substring(0, day.length() - 2).replace("+", "");
                String weekday = day.substring(day.length() - 2);
                if (ORDINALS.contains(ordinal) && DAYS.contains(weekday)) {
                    return new RecurrencePicker(MONTHLY, List.of(), "1", BY_WEEKDAY, ordinal, weekday, null, interval,
                            ends, count, until, exceptions, null);
                }
            }
            String monthDay = byDay.isEmpty() && byMonthDay.isEmpty() && firstDate != null
                    ? Integer.toString(firstDate.getDayOfMonth())
                    : byDay.isEmpty() && byMonthDay.size() == 1 ? byMonthDay.get(0) : null;
            if (monthDay != null && monthDay.matches("[1-9]|[12][0-9]|3[01]")) {
                return new RecurrencePicker(MONTHLY, List.of(), "1", BY_MONTHDAY, "1", null, monthDay, interval,
                        ends, count, until, exceptions, null);
            }
        }
        return kept;
    }

    public boolean isRepeating() {
        return !ONCE.equals(repeat);
    }

    /**
     * The RRULE for the API, or null for a single date. Call {@link #check} first: this assumes the fields are
     * readable.
     */
    public String rule() {
        if (KEEP.equals(repeat)) {
            return keptRule;
        }
        StringBuilder rule = new StringBuilder();
        if (WEEKLY.equals(repeat)) {
            rule.append("FREQ=WEEKLY").append(interval(weekInterval)).append(";BYDAY=")
                    .append(String.join(",", DAYS.stream().filter(weekDays::contains).toList()));
        } else if (MONTHLY.equals(repeat)) {
            rule.append("FREQ=MONTHLY").append(interval(monthInterval));
            if (BY_MONTHDAY.equals(monthlyBy)) {
                rule.append(";BYMONTHDAY=").append(Integer.parseInt(monthDay.strip()));
            } else {
                rule.append(";BYDAY=").append(monthOrdinal).append(monthWeekday);
            }
        } else {
            return null;
        }
        if (AFTER_COUNT.equals(ends)) {
            rule.append(";COUNT=").append(Integer.parseInt(count.strip()));
        } else if (ON_DATE.equals(ends)) {
            rule.append(";UNTIL=").append(LocalDate.parse(until).format(BASIC_DATE));
        }
        return rule.toString();
    }

    /** The dates left out, for the API (none for a single date). Call {@link #check} first. */
    public List<String> exceptionDates() {
        return isRepeating() ? exceptions : List.of();
    }

    /** The date inputs to show: the dates typed, then a few blank ones. */
    public List<String> exceptionInputs() {
        List<String> inputs = new ArrayList<>(exceptions);
        for (int i = 0; i < BLANK_EXCEPTIONS; i++) {
            inputs.add("");
        }
        return inputs;
    }

    /**
     * What the page itself can tell is wrong before asking the API (numbers that are not numbers, a weekly rule
     * without a day, a date that is not one), each as a field error with a platform code. {@code mustEnd}: a
     * series that must end (the council's), so "never" is refused.
     */
    public List<ApiFieldError> check(boolean mustEnd) {
        List<ApiFieldError> errors = new ArrayList<>();
        if (!List.of(ONCE, WEEKLY, MONTHLY, KEEP).contains(repeat) || (KEEP.equals(repeat) && keptRule == null)) {
            errors.add(new ApiFieldError("repeat", "required", null));
            return errors;
        }
        if (!isRepeating()) {
            return errors;
        }
        if (WEEKLY.equals(repeat)) {
            if (weekDays.isEmpty()) {
                errors.add(new ApiFieldError("weekDays", "required", null));
            }
            interval(errors, "weekInterval", weekInterval, 52);
        }
        if (MONTHLY.equals(repeat)) {
            if (BY_MONTHDAY.equals(monthlyBy)) {
                number(errors, "monthDay", monthDay, 1, 31);
            } else if (!ORDINALS.contains(monthOrdinal)) {
                errors.add(new ApiFieldError("monthOrdinal", "required", null));
            } else if (!DAYS.contains(monthWeekday)) {
                errors.add(new ApiFieldError("monthWeekday", "required", null));
            }
            interval(errors, "monthInterval", monthInterval, 12);
        }
        if (KEEP.equals(repeat)) {
            // the kept rule carries its own end
        } else if (AFTER_COUNT.equals(ends)) {
            number(errors, "count", count, 1, 1000);
        } else if (ON_DATE.equals(ends)) {
            if (until == null || until.isBlank()) {
                errors.add(new ApiFieldError("until", "required", null));
            } else if (!isDate(until)) {
                errors.add(new ApiFieldError("until", "not_a_date", null));
            }
        } else if (!NEVER.equals(ends) || mustEnd) {
            errors.add(new ApiFieldError("ends", "required", null));
        }
        for (int i = 0; i < exceptions.size(); i++) {
            if (!isDate(exceptions.get(i))) {
                errors.add(new ApiFieldError(exceptionField(i), "not_a_date", null));
            }
        }
        return errors;
    }

    /** The id of the i-th date left out (the API's {@code exceptions[i]}). */
    public static String exceptionField(int index) {
        return "exceptions-" + index;
    }

    /** The weekday of a date as an RRULE day ({@code TU}). */
    static String rruleDay(DayOfWeek day) {
        return DAYS.get(day.getValue() - 1);
    }

    /** "Every n weeks/months": left blank, every one. */
    private static void interval(List<ApiFieldError> errors, String field, String value, int max) {
        if (value != null && !value.isBlank()) {
            number(errors, field, value, 1, max);
        }
    }

    private static void number(List<ApiFieldError> errors, String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new ApiFieldError(field, "required", null));
            return;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min) {
                errors.add(new ApiFieldError(field, "too_small", null));
            } else if (number > max) {
                errors.add(new ApiFieldError(field, "too_large", null));
            }
        } catch (NumberFormatException notANumber) {
            errors.add(new ApiFieldError(field, "not_a_number", null));
        }
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text.strip());
            return true;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    private static String interval(String interval) {
        int every = interval == null || interval.isBlank() ? 1 : Integer.parseInt(interval.strip());
        return every == 1 ? "" : ";INTERVAL=" + every;
    }

    private static String untilDate(String value) {
        try {
            return LocalDate.parse(value.substring(0, 8), BASIC_DATE).toString();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? null : values.get(0).strip();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
