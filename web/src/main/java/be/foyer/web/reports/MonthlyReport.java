package be.foyer.web.reports;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/reports/monthly?month=[&programme=]}: an organisation's or a programme's month.
 *
 * @param countedWithoutKey programme only: people counted without a federation key, per indicator
 */
public record MonthlyReport(String month, String organisation, String programme, List<String> organisations,
        Map<String, Indicator> indicators, Map<String, Object> countedWithoutKey) {

    public MonthlyReport {
        organisations = organisations == null ? List.of() : organisations;
        indicators = indicators == null ? Map.of() : indicators;
        countedWithoutKey = countedWithoutKey == null ? Map.of() : countedWithoutKey;
    }

    /** The indicators the API gave, in the page's order. */
    public List<Map.Entry<String, Indicator>> ordered() {
        return Indicators.ordered(indicators);
    }

    /** Indicators that count people without key, with their count (a figure: may be "<5"). */
    public List<Map.Entry<String, Figure>> withoutKey() {
        return Indicators.ordered(countedWithoutKey).stream()
                .map(entry -> Map.entry(entry.getKey(), Figure.of(entry.getValue())))
                .toList();
    }
}
