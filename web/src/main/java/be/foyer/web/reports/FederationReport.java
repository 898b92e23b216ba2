package be.foyer.web.reports;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/reports/federation?month=} or {@code ?from=&to=}: each indicator per member organisation and in
 * total, suppressed; over a range {@code from}/{@code to} instead of {@code month}, and no target or met.
 */
public record FederationReport(String month, String from, String to, List<String> organisations,
        Map<String, Row> indicators) {

    public FederationReport {
        organisations = organisations == null ? List.of() : organisations;
        indicators = indicators == null ? Map.of() : indicators;
    }

    /** @param organisations alias → number or "<5" */
    public record Row(Map<String, Object> organisations, Object total, Long target, Boolean met) {

        public Figure of(String organisation) {
            return Figure.of(organisations == null ? null : organisations.get(organisation));
        }

        public Figure totalFigure() {
            return Figure.of(total);
        }

        /** Target and met are shown only beside a total that is not suppressed. */
        public boolean showsTarget() {
            return target != null && !totalFigure().isSuppressed();
        }
    }

    public List<Map.Entry<String, Row>> ordered() {
        return Indicators.ordered(indicators);
    }
}
