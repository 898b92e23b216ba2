package be.foyer.web.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/reports/annual?year=[&programme=|&organisation=]}: the year month by month against the targets
 * applying then, the year's distinct figures, retention of the year's move-ins (per tenancy and per person),
 * activities held by category and council decisions by status, suppression applied by the API.
 */
public record AnnualReport(Integer year, String scope, String kind, List<String> organisations, List<Month> months,
        Range overTheYear, Retention retention, ActivitiesHeld activitiesHeld, Map<String, Object> councilDecisions,
        Map<String, Object> countedWithoutKey) {

    public AnnualReport {
        organisations = organisations == null ? List.of() : organisations;
        months = months == null ? List.of() : months;
        overTheYear = overTheYear == null ? new Range(Map.of()) : overTheYear;
        activitiesHeld = activitiesHeld == null ? new ActivitiesHeld(Map.of(), null, null, null) : activitiesHeld;
        councilDecisions = councilDecisions == null ? Map.of() : councilDecisions;
        countedWithoutKey = countedWithoutKey == null ? Map.of() : countedWithoutKey;
    }

    public record Month(String month, Map<String, Indicator> indicators) {
    }

    /** The year's figures, each distinct over the year, without targets. */
    public record Range(Map<String, Indicator> indicators) {

        public Range {
            indicators = indicators == null ? Map.of() : indicators;
        }

        public List<Map.Entry<String, Indicator>> ordered() {
            return Indicators.ordered(indicators);
        }
    }

    /** @param byCategory category → distinct activities held (team meetings aside) */
    public record ActivitiesHeld(Map<String, Object> byCategory, Object recurring, Object oneOff, Object teamMeetings) {

        public ActivitiesHeld {
            byCategory = byCategory == null ? Map.of() : byCategory;
        }
    }

    /** Each indicator's months as the trend charts draw them (one chart and its table per indicator). */
    public Trends asTrends() {
        List<String> names = months.stream().map(Month::month).toList();
        Map<String, List<Trends.Point>> byIndicator = new LinkedHashMap<>();
        for (Month month : months) {
            month.indicators().forEach((name, indicator) -> byIndicator.computeIfAbsent(name, any -> new ArrayList<>())
                    .add(new Trends.Point(month.month(), indicator.value(), indicator.target(), indicator.met())));
        }
        return new Trends(scope, kind, names, byIndicator);
    }

    /** Decisions by status in the order of their life (open, in progress, done, dropped). */
    public List<Map.Entry<String, Figure>> decisionsByStatus() {
        List<Map.Entry<String, Figure>> statuses = new ArrayList<>();
        for (String status : List.of("OPEN", "IN_PROGRESS", "DONE", "DROPPED")) {
            statuses.add(Map.entry(status, Figure.of(councilDecisions.getOrDefault(status, 0))));
        }
        return statuses;
    }

    public List<Map.Entry<String, Figure>> withoutKey() {
        return Indicators.ordered(countedWithoutKey).stream()
                .map(entry -> Map.entry(entry.getKey(), Figure.of(entry.getValue()))).toList();
    }
}
