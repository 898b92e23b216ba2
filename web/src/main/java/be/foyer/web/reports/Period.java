package be.foyer.web.reports;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.foyer.web.api.ApiFieldError;
import be.foyer.web.support.ApiQuery;

/**
 * The period a report page shows, from its GET form: a month ({@code period=month&month=}, the default), a quarter
 * ({@code quarter=2026-Q3}), a year ({@code year=}) or any range of months ({@code from=&to=}). Anything but a month
 * is asked of the API as {@code from}/{@code to} (distinct people over the whole range, no target); a quarter or year
 * still running ends with the current month. Months in the future or not months fall back as the month picker does;
 * a range typed wrong (to before from, more than {@value #MAX_MONTHS} months, a month missing) is not asked: its
 * errors are said beside {@code from}/{@code to}, and the page shows the current month meanwhile.
 *
 * @param kind month, quarter, year or range
 * @param typed what the form holds (the values typed stay)
 */
public record Period(String kind, YearMonth from, YearMonth to, Map<String, String> typed, List<ApiFieldError> errors) {

    public static final int MAX_MONTHS = 36;
    static final List<String> KINDS = List.of("month", "quarter", "year", "range");
    /** How many quarters the quarter picker offers. */
    static final int PICKER_QUARTERS = 12;

    static Period of(String kind, String month, String quarter, Integer year, String from, String to) {
        String chosenKind = kind != null && KINDS.contains(kind) ? kind : "month";
        YearMonth now = Months.current();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("from", from == null ? "" : from.strip());
        typed.put("to", to == null ? "" : to.strip());
        List<ApiFieldError> errors = new ArrayList<>();
        switch (chosenKind) {
            case "quarter" -> {
                YearMonth first = quarterStart(quarter);
                typed.put("quarter", quarterOf(first));
                return new Period(chosenKind, first, earliest(first.plusMonths(2), now), fill(typed, first), errors);
            }
            case "year" -> {
                int chosen = Years.chosen(year);
                typed.put("year", String.valueOf(chosen));
                YearMonth first = YearMonth.of(chosen, 1);
                return new Period(chosenKind, first, earliest(YearMonth.of(chosen, 12), now), fill(typed, first), errors);
            }
            case "range" -> {
                YearMonth start = parse(typed.get("from"), "from", errors);
                YearMonth end = parse(typed.get("to"), "to", errors);
                if (start != null && end != null) {
                    if (end.isBefore(start)) {
                        errors.add(new ApiFieldError("to", "before_start", null));
                    } else if (ChronoUnit.MONTHS.between(start, end) + 1 > MAX_MONTHS) {
                        errors.add(new ApiFieldError("to", "too_large", null));
                    }
                }
                if (errors.isEmpty()) {
                    return new Period(chosenKind, start, end, fill(typed, start), errors);
                }
                return new Period(chosenKind, now, now, fill(typed, now), errors);
            }
            default -> {
                YearMonth chosen = Months.chosen(month);
                return new Period("month", chosen, chosen, fill(typed, chosen), errors);
            }
        }
    }

    /** A single month (the default). */
    static Period month(YearMonth month) {
        return new Period("month", month, month, fill(new LinkedHashMap<>(), month), List.of());
    }

    public boolean isMonth() {
        return "month".equals(kind) || (!errors.isEmpty());
    }

    /** Indicators have no targets over a range: they are monthly. */
    public boolean isRange() {
        return !isMonth();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public String value(String field) {
        return typed.getOrDefault(field, "");
    }

    /** The month, quarter, year or range in words ("novembre 2026", "janvier 2026 – mars 2026"). */
    public String name() {
        if (isMonth()) {
            return Months.name(to);
        }
        if ("year".equals(kind)) {
            return String.valueOf(from.getYear());
        }
        return from.equals(to) ? Months.name(from) : Months.name(from) + " – " + Months.name(to);
    }

    /** The period's parameters on a report of the API ({@code /api/reports/monthly}, {@code /federation}). */
    ApiQuery query(String path) {
        ApiQuery query = ApiQuery.of(path);
        return isMonth() ? query.param("month", to) : query.param("from", from).param("to", to);
    }

    /** The same period in a page's address (links to the other report pages and the downloads). */
    public String queryString() {
        return isMonth() ? "month=" + to : "period=range&from=" + from + "&to=" + to;
    }

    /** value → name of the last quarters, newest first ("2026-Q4" → "T4 2026" by {@code reports.period.quarterName}). */
    static List<String> quarterOptions() {
        List<String> quarters = new ArrayList<>();
        YearMonth first = quarterStart(null);
        for (int i = 0; i < PICKER_QUARTERS; i++) {
            quarters.add(quarterOf(first));
            first = first.minusMonths(3);
        }
        return quarters;
    }

    private static Map<String, String> fill(Map<String, String> typed, YearMonth month) {
        typed.putIfAbsent("month", month.toString());
        typed.putIfAbsent("quarter", quarterOf(quarterStart(month.toString().substring(0, 4) + "-Q"
                + ((month.getMonthValue() - 1) / 3 + 1))));
        typed.putIfAbsent("year", String.valueOf(month.getYear()));
        return typed;
    }

    /** The first month of "2026-Q3"; the current quarter for anything else or a quarter not begun. */
    private static YearMonth quarterStart(String quarter) {
        YearMonth now = Months.current();
        YearMonth current = YearMonth.of(now.getYear(), (now.getMonthValue() - 1) / 3 * 3 + 1);
        if (quarter == null || !quarter.strip().matches("\\d{4}-Q[1-4]")) {
            return current;
        }
        String value = quarter.strip();
        YearMonth start = YearMonth.of(Integer.parseInt(value.substring(0, 4)),
                (Integer.parseInt(value.substring(6)) - 1) * 3 + 1);
        return start.isAfter(current) || start.getYear() < Years.FIRST ? current : start;
    }

    static String quarterOf(YearMonth first) {
        return first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
    }

    private static YearMonth earliest(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    private static YearMonth parse(String value, String field, List<ApiFieldError> errors) {
        if (value.isEmpty()) {
            errors.add(new ApiFieldError(field, "required", null));
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(value);
            if (month.isAfter(Months.current())) {
                errors.add(new ApiFieldError(field, "in_future", null));
                return null;
            }
            return month;
        } catch (DateTimeParseException notAMonth) {
            errors.add(new ApiFieldError(field, "invalid_format", null));
            return null;
        }
    }
}
