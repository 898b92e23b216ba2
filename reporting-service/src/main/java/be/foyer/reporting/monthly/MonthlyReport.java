package be.foyer.reporting.monthly;

import be.foyer.reporting.Indicator;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The indicators of a scope (organisation, programme, federation) for a month or a range of months, with real
 * counts, and how a reader sees them ({@link #shown}: the privacy rule of {@link ShownValue}); who is such a reader
 * is decided by the report's access ({@link ReportAccess}).
 *
 * @param indicators        over a range, distinct over the whole range, without targets
 * @param countedWithoutKey per people indicator of a cross-organisation scope, how many people were counted by tenant
 *                          id for want of a federation key (such a person followed by two members counts twice)
 */
public record MonthlyReport(YearMonth from, YearMonth to, Scope scope, Map<Indicator, IndicatorValue> indicators,
        Map<Indicator, Long> countedWithoutKey, Breakdowns breakdowns) {

    public MonthlyReport {
        indicators = Map.copyOf(indicators);
        countedWithoutKey = Map.copyOf(countedWithoutKey);
    }

    /** The month of a one-month report (the first of a range). */
    public YearMonth month() {
        return from;
    }

    public boolean isRange() {
        return !from.equals(to);
    }

    public long value(Indicator indicator) {
        return indicators.get(indicator).value();
    }

    /** An indicator as a reader sees it; {@code suppressSmallCounts}: the reader sees small counts of people hidden. */
    public ShownValue shown(Indicator indicator, boolean suppressSmallCounts) {
        return ShownValue.of(indicator, indicators.get(indicator), suppressSmallCounts);
    }

    /** The people counted without a federation key, per indicator, always hidden when small (cross-organisation). */
    public Map<Indicator, ShownValue> shownWithoutKey() {
        Map<Indicator, ShownValue> shown = new LinkedHashMap<>();
        countedWithoutKey.forEach((indicator, count) -> shown.put(indicator, ShownValue.count(count, true)));
        return shown;
    }

    /** A breakdown's counts (follow-ups by mode or domain, tenancy ends by reason) as a reader sees them. */
    public static Map<String, ShownValue> shown(Map<String, Long> counts, boolean suppressSmallCounts) {
        Map<String, ShownValue> shown = new LinkedHashMap<>();
        counts.forEach((category, count) -> shown.put(category, ShownValue.count(count, suppressSmallCounts)));
        return shown;
    }
}
