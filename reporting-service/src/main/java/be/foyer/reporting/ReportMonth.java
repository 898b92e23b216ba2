package be.foyer.reporting;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Pattern;

import be.foyer.platform.problem.BadRequestException;
import be.foyer.platform.problem.FieldErrorCode;

/**
 * The calendar month a report covers, as the {@code month=YYYY-MM} parameter names it. Months are Brussels
 * calendar months; the dates of the organisations' work are already Brussels dates.
 */
public final class ReportMonth {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    public static final String PARAMETER = "month";

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}");

    private ReportMonth() {
    }

    /** The month a date falls in, as facts store it ({@code YYYY-MM}). */
    public static String of(LocalDate date) {
        return YearMonth.from(date).toString();
    }

    /**
     * Reads the parameter: required, written {@code YYYY-MM}, a real month, and not after the current Brussels
     * month (a month that has not begun has no figures yet).
     */
    public static YearMonth parse(String month, Clock clock) {
        if (month == null || month.isBlank()) {
            throw BadRequestException.onField(PARAMETER, FieldErrorCode.REQUIRED, "is required (YYYY-MM)");
        }
        YearMonth parsed;
        try {
            if (!SHAPE.matcher(month).matches()) {
                throw new DateTimeException(month);
            }
            parsed = YearMonth.parse(month);
        } catch (DateTimeException e) {
            throw BadRequestException.onField(PARAMETER, FieldErrorCode.INVALID_FORMAT, "must be a month written YYYY-MM, e.g. 2026-11");
        }
        YearMonth current = YearMonth.now(clock.withZone(BRUSSELS));
        if (parsed.isAfter(current)) {
            throw BadRequestException.onField(PARAMETER, FieldErrorCode.IN_FUTURE, "cannot be after the current month (" + current + ")");
        }
        return parsed;
    }
}
