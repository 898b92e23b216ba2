package be.foyer.reporting;

import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;

/**
 * The months a report covers: {@code month=YYYY-MM} for one month, or {@code from=YYYY-MM&to=YYYY-MM} for a range
 * (a quarter, a year) of at most {@link #MOST_MONTHS} months.
 */
public record ReportPeriod(YearMonth from, YearMonth to) {

    public static final int MOST_MONTHS = 36;

    public boolean isOneMonth() {
        return from.equals(to);
    }

    /** The months from {@code from} to {@code to}, both included, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** Writes every wrong parameter into {@code checks}; {@code null} when one is wrong. */
    public static ReportPeriod read(String month, String from, String to, Clock clock, FieldChecks checks) {
        boolean range = present(from) || present(to);
        if (present(month) && range) {
            checks.reject(ReportMonth.PARAMETER, FieldErrorCode.CONFLICTING, "give either month or from and to, not both");
            return null;
        }
        if (!range) {
            YearMonth one = ReportMonth.check(month, ReportMonth.PARAMETER, clock, checks);
            return one == null ? null : new ReportPeriod(one, one);
        }
        YearMonth first = ReportMonth.check(from, "from", clock, checks);
        YearMonth last = ReportMonth.check(to, "to", clock, checks);
        if (first == null || last == null) {
            return null;
        }
        if (last.isBefore(first)) {
            checks.reject("to", FieldErrorCode.BEFORE_START, "cannot be before from (" + first + ")");
            return null;
        }
        if (ChronoUnit.MONTHS.between(first, last) + 1 > MOST_MONTHS) {
            checks.reject("to", FieldErrorCode.TOO_LARGE, "a range covers at most " + MOST_MONTHS + " months");
            return null;
        }
        return new ReportPeriod(first, last);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
