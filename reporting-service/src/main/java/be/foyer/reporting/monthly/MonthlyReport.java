package be.foyer.reporting.monthly;

import be.foyer.reporting.Indicator;

import java.time.YearMonth;
import java.util.Map;

/**
 * The indicators of a scope (organisation, programme, federation) for a month or a range of months, with real
 * counts; who may see them how is decided elsewhere.
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
}
