package be.foyer.reporting.monthly;

import java.time.YearMonth;
import java.util.Map;

/** The indicators of one organisation for one month, with real counts; who may see them how is decided elsewhere. */
public record MonthlyReport(YearMonth month, String organisation, Map<Indicator, IndicatorValue> indicators,
        Breakdowns breakdowns) {

    public MonthlyReport {
        indicators = Map.copyOf(indicators);
    }

    public long value(Indicator indicator) {
        return indicators.get(indicator).value();
    }
}
