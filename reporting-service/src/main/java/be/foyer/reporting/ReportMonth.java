package be.foyer.reporting;

import be.foyer.events.BrusselsTime;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;

/**
 * The calendar month a report covers, as the {@code month=YYYY-MM} parameter names it. Months are Brussels
 * calendar months; the dates of the organisations' work are already Brussels dates.
 */
public final class ReportMonth {


    public static final String PARAMETER = "month";

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}");

    private ReportMonth() {
    }

    /** The month a date falls in, as facts store it ({@code YYYY-MM}). */
    public static String of(LocalDate date) {
        return YearMonth.from(date).toString();
    }

    /**
     * Reads one month parameter: required, written {@code YYYY-MM}, a real month, and not after the current Brussels
     * month (a month that has not begun has no figures yet); what is wrong goes into {@code checks} ({@code null} then).
     */
    public static YearMonth check(String month, String field, Clock clock, FieldChecks checks) {
        if (month == null || month.isBlank()) {
            checks.reject(field, FieldErrorCode.REQUIRED, "is required (YYYY-MM)");
            return null;
        }
        YearMonth parsed;
        try {
            if (!SHAPE.matcher(month).matches()) {
                throw new DateTimeException(month);
            }
            parsed = YearMonth.parse(month);
        } catch (DateTimeException e) {
            checks.reject(field, FieldErrorCode.INVALID_FORMAT, "must be a month written YYYY-MM, e.g. 2026-11");
            return null;
        }
        YearMonth current = current(clock);
        if (parsed.isAfter(current)) {
            checks.reject(field, FieldErrorCode.IN_FUTURE, "cannot be after the current month (" + current + ")");
            return null;
        }
        return parsed;
    }

    /** The current Brussels month. */
    public static YearMonth current(Clock clock) {
        return YearMonth.now(clock.withZone(BrusselsTime.ZONE));
    }
}
