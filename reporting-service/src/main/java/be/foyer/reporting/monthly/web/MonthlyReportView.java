package be.foyer.reporting.monthly.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import be.foyer.reporting.Suppression;
import be.foyer.reporting.csv.CsvExport;
import be.foyer.reporting.csv.CsvTable;
import be.foyer.reporting.monthly.Breakdowns;
import be.foyer.reporting.Indicator;
import be.foyer.reporting.monthly.MonthlyReport;
import be.foyer.reporting.monthly.ShownValue;
import be.foyer.reporting.monthly.Scope;

/**
 * A monthly (or range) report as the contract shapes it, with the breakdowns beside the indicators; no tenant id,
 * name or federation key ever reaches it. It renders what the report model says is hidden ({@link ShownValue}: a
 * count of people from 1 to 4, for a programme or a reader outside the organisation) as {@code "<5"}, with its
 * {@code met} {@code null}.
 *
 * @param month             a one-month report's month; {@code from}/{@code to} a range's
 * @param organisations     a programme's members
 * @param indicators        per indicator {@code {"value","target","met"}}; over a range {@code {"value"}}
 * @param countedWithoutKey a programme's people counted without a federation key
 */
public record MonthlyReportView(@JsonInclude(Include.NON_NULL) String month,
        @JsonInclude(Include.NON_NULL) String from, @JsonInclude(Include.NON_NULL) String to,
        @JsonInclude(Include.NON_NULL) String organisation, @JsonInclude(Include.NON_NULL) String programme,
        @JsonInclude(Include.NON_NULL) List<String> organisations, Map<String, Object> indicators,
        @JsonInclude(Include.NON_NULL) Map<String, Object> countedWithoutKey,
        Map<String, Object> followUpsByMode, Map<String, Object> followUpsByDomain,
        Map<String, Object> tenancyEndsByReason) implements CsvExport {

    static MonthlyReportView of(MonthlyReport report, boolean suppressSmallCounts) {
        Map<String, Object> indicators = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.values()) {
            IndicatorView shown = IndicatorView.of(report.shown(indicator, suppressSmallCounts));
            indicators.put(indicator.key(), report.isRange() ? new RangeValueView(shown.value()) : shown);
        }
        Scope scope = report.scope();
        boolean programme = scope.kind() == Scope.Kind.PROGRAMME;
        Map<String, Object> withoutKey = null;
        if (programme) {
            withoutKey = new LinkedHashMap<>();
            for (Map.Entry<Indicator, ShownValue> entry : report.shownWithoutKey().entrySet()) {
                withoutKey.put(entry.getKey().key(), IndicatorView.value(entry.getValue()));
            }
        }
        Breakdowns breakdowns = report.breakdowns();
        return new MonthlyReportView(report.isRange() ? null : report.month().toString(),
                report.isRange() ? report.from().toString() : null, report.isRange() ? report.to().toString() : null,
                programme ? null : scope.id(), programme ? scope.id() : null,
                programme ? scope.organisations() : null, indicators, withoutKey,
                counts(breakdowns.followUpsByMode(), suppressSmallCounts),
                counts(breakdowns.followUpsByDomain(), suppressSmallCounts),
                counts(breakdowns.tenancyEndsByReason(), suppressSmallCounts));
    }

    private static Map<String, Object> counts(Map<String, Long> counts, boolean suppressSmallCounts) {
        Map<String, Object> shown = new LinkedHashMap<>();
        MonthlyReport.shown(counts, suppressSmallCounts).forEach((category, count) ->
                shown.put(category, IndicatorView.value(count)));
        return shown;
    }

    /**
     * Columns: {@code month} (or {@code from,to} for a range), {@code organisation} (or {@code programme}),
     * {@code table,name,value,target,met}; a programme's people counted without key as table
     * {@code countedWithoutKey}.
     */
    @Override
    public CsvTable toCsv() {
        List<String> header = new ArrayList<>(month != null ? List.of("month") : List.of("from", "to"));
        header.add(programme != null ? "programme" : "organisation");
        header.addAll(List.of("table", "name", "value", "target", "met"));
        List<Object> lead = new ArrayList<>(month != null ? List.of(month) : List.of(from, to));
        lead.add(programme != null ? programme : organisation);
        List<List<Object>> rows = new ArrayList<>();
        indicators.forEach((key, value) -> {
            IndicatorView shown = value instanceof IndicatorView view ? view
                    : new IndicatorView(((RangeValueView) value).value(), null, null);
            rows.add(row(lead, "indicators", key, shown.value(), optional(shown.target()), optional(shown.met())));
        });
        if (countedWithoutKey != null) {
            countedWithoutKey.forEach((key, count) -> rows.add(row(lead, "countedWithoutKey", key, count, "", "")));
        }
        Map<String, Map<String, Object>> breakdowns = new LinkedHashMap<>();
        breakdowns.put(Breakdowns.BY_MODE, followUpsByMode);
        breakdowns.put(Breakdowns.BY_DOMAIN, followUpsByDomain);
        breakdowns.put(Breakdowns.ENDS_BY_REASON, tenancyEndsByReason);
        breakdowns.forEach((name, counts) -> counts.forEach((category, count) ->
                rows.add(row(lead, name, category, count, "", ""))));
        return new CsvTable(header, rows);
    }

    private static List<Object> row(List<Object> lead, Object... cells) {
        List<Object> row = new ArrayList<>(lead);
        row.addAll(List.of(cells));
        return row;
    }

    private static Object optional(Object value) {
        return value == null ? "" : value;
    }

    /**
     * @param value a number, or {@code "<5"} when suppressed
     * @param met   on the real count; {@code null} without a target, and when the value is suppressed (a small
     *              value beside "met" for a small target would give it away)
     */
    public record IndicatorView(Object value, Integer target, Boolean met) {

        public static IndicatorView of(ShownValue shown) {
            return new IndicatorView(value(shown), shown.target(), shown.met());
        }

        /** The value as the contract shows it: the number, or {@code "<5"} where hidden. */
        public static Object value(ShownValue shown) {
            return shown.hidden() ? Suppression.SUPPRESSED : shown.value();
        }
    }

    /** An indicator over a range: distinct over the whole range, no target. */
    public record RangeValueView(Object value) {
    }
}
