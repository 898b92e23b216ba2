package be.foyer.reporting.monthly.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.foyer.reporting.Suppression;
import be.foyer.reporting.csv.CsvExport;
import be.foyer.reporting.csv.CsvTable;
import be.foyer.reporting.monthly.Breakdowns;
import be.foyer.reporting.monthly.Indicator;
import be.foyer.reporting.monthly.IndicatorValue;
import be.foyer.reporting.monthly.MonthlyReport;

/**
 * A monthly report as the contract shapes it, with the breakdowns beside the indicators; no tenant id, name or
 * federation key ever reaches it. Counts are numbers, or {@code "<5"} for a reader outside the organisation.
 */
public record MonthlyReportView(String month, String organisation, Map<String, IndicatorView> indicators,
        Map<String, Object> followUpsByMode, Map<String, Object> followUpsByDomain,
        Map<String, Object> tenancyEndsByReason) implements CsvExport {

    static MonthlyReportView of(MonthlyReport report, boolean suppressSmallCounts) {
        Map<String, IndicatorView> indicators = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.values()) {
            indicators.put(indicator.key(), IndicatorView.of(report.indicators().get(indicator), suppressSmallCounts));
        }
        return new MonthlyReportView(report.month().toString(), report.organisation(), indicators,
                counts(report.breakdowns().followUpsByMode(), suppressSmallCounts),
                counts(report.breakdowns().followUpsByDomain(), suppressSmallCounts),
                counts(report.breakdowns().tenancyEndsByReason(), suppressSmallCounts));
    }

    private static Map<String, Object> counts(Map<String, Long> counts, boolean suppressSmallCounts) {
        Map<String, Object> shown = new LinkedHashMap<>();
        counts.forEach((category, count) -> shown.put(category,
                suppressSmallCounts ? Suppression.show(count) : count));
        return shown;
    }

    @Override
    public CsvTable toCsv() {
        List<List<Object>> rows = new ArrayList<>();
        indicators.forEach((key, value) -> rows.add(List.of(month, organisation, "indicators", key,
                value.value(), optional(value.target()), optional(value.met()))));
        Map<String, Map<String, Object>> breakdowns = new LinkedHashMap<>();
        breakdowns.put(Breakdowns.BY_MODE, followUpsByMode);
        breakdowns.put(Breakdowns.BY_DOMAIN, followUpsByDomain);
        breakdowns.put(Breakdowns.ENDS_BY_REASON, tenancyEndsByReason);
        breakdowns.forEach((name, counts) -> counts.forEach((category, count) ->
                rows.add(List.of(month, organisation, name, category, count, "", ""))));
        return new CsvTable(List.of("month", "organisation", "table", "name", "value", "target", "met"), rows);
    }

    private static Object optional(Object value) {
        return value == null ? "" : value;
    }

    /**
     * @param value a number, or {@code "<5"} when suppressed
     * @param met   computed on the real count, also when the value shown is suppressed
     */
    public record IndicatorView(Object value, Integer target, Boolean met) {

        static IndicatorView of(IndicatorValue value, boolean suppressSmallCounts) {
            return new IndicatorView(suppressSmallCounts ? Suppression.show(value.value()) : value.value(),
                    value.target(), value.met());
        }
    }
}
