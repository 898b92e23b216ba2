package be.foyer.web.reports;

import java.util.List;
import java.util.Map;

/** {@code GET /api/reports/trends?[organisation=|programme=]&to=}: each indicator over the last 12 months. */
public record Trends(String scope, String kind, List<String> months, Map<String, List<Point>> indicators) {

    public Trends {
        months = months == null ? List.of() : months;
        indicators = indicators == null ? Map.of() : indicators;
    }

    public record Point(String month, Object value, Long target, Boolean met) {

        public Figure figure() {
            return Figure.of(value);
        }
    }

    /** One chart per indicator, in the page's order. */
    public List<TrendChart> charts() {
        return Indicators.ordered(indicators).stream()
                .map(entry -> TrendChart.of(entry.getKey(), entry.getValue()))
                .toList();
    }
}
