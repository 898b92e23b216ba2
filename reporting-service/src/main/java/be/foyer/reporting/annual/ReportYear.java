package be.foyer.reporting.annual;

import be.foyer.events.BrusselsTime;
import java.time.Clock;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.reporting.ReportMonth;

/** The calendar year an annual report covers, as the {@code year=YYYY} parameter names it (Brussels months). */
public final class ReportYear {

    public static final String PARAMETER = "year";

    /** No member organisation reported before this year; earlier years are a typing error, not an empty report. */
    static final int FIRST_YEAR = 2000;

    private static final Pattern SHAPE = Pattern.compile("\\d{4}");

    private ReportYear() {
    }

    /**
     * Required, four digits, from {@value #FIRST_YEAR} on and not after the current Brussels year; a wrong year is
     * written into {@code checks} (and {@code null} returned), so it comes in one 400 with the other parameters.
     */
    public static Year check(String year, Clock clock, FieldChecks checks) {
        if (year == null || year.isBlank()) {
            checks.reject(PARAMETER, FieldErrorCode.REQUIRED, "is required (YYYY)");
            return null;
        }
        if (!SHAPE.matcher(year).matches()) {
            checks.reject(PARAMETER, FieldErrorCode.INVALID_FORMAT, "must be a year written YYYY, e.g. 2026");
            return null;
        }
        Year parsed = Year.of(Integer.parseInt(year));
        Year current = Year.now(clock.withZone(BrusselsTime.ZONE));
        if (parsed.isAfter(current)) {
            checks.reject(PARAMETER, FieldErrorCode.IN_FUTURE, "cannot be after the current year (" + current + ")");
            return null;
        }
        if (parsed.getValue() < FIRST_YEAR) {
            checks.reject(PARAMETER, FieldErrorCode.TOO_SMALL, "must be " + FIRST_YEAR + " or later");
            return null;
        }
        return parsed;
    }

    /** The months of the year that have begun: all twelve, or up to the current month in the current year. */
    public static List<YearMonth> monthsSoFar(Year year, Clock clock) {
        YearMonth current = YearMonth.now(clock.withZone(BrusselsTime.ZONE));
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = year.atMonth(1); month.getYear() == year.getValue() && !month.isAfter(current);
                month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }
}
