package be.foyer.reporting.federation.web;

import be.foyer.reporting.ReportPeriod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;

import be.foyer.reporting.Suppression;
import be.foyer.reporting.csv.CsvExport;
import be.foyer.reporting.csv.CsvTable;
import be.foyer.reporting.federation.FederationReport;
import be.foyer.reporting.federation.FederationReport.IndicatorRow;
import be.foyer.reporting.federation.FederationReport.Table;

/**
 * The federation report as shown: every cell the report model hides ({@link FederationReport}: small counts of people
 * and their complementary cells) as {@code "<5"}; {@code met} is computed on the real total, and {@code null} where
 * the total is hidden. Counts only: no id of anything.
 */
public record FederationReportView(String month, String from, String to, List<String> organisations, Map<String, RowView> indicators,
        @JsonIgnore Map<String, Map<String, RowView>> breakdowns) implements CsvExport {

    static FederationReportView of(FederationReport report) {
        List<String> organisations = report.organisations();
        Map<String, RowView> indicators = new LinkedHashMap<>();
        report.indicators().forEach((indicator, row) -> indicators.put(indicator.key(),
                indicatorRow(organisations, row, indicator.suppressible())));
        Map<String, Map<String, RowView>> breakdowns = new LinkedHashMap<>();
        report.breakdowns().forEach((name, table) -> breakdowns.put(name, breakdown(organisations, table)));
        ReportPeriod period = report.period();
        return new FederationReportView(period.isOneMonth() ? period.from().toString() : null,
                period.from().toString(), period.to().toString(), organisations, indicators, breakdowns);
    }

    /** The breakdowns sit beside {@code indicators}, each under its own name. */
    @JsonAnyGetter
    public Map<String, Map<String, RowView>> breakdownsByName() {
        return breakdowns;
    }

    private static RowView indicatorRow(List<String> organisations, IndicatorRow row, boolean countsPeople) {
        return RowView.of(organisations, row.cells(), row.hidden(countsPeople), row.target(),
                row.shownMet(countsPeople));
    }

    private static Map<String, RowView> breakdown(List<String> organisations, Table table) {
        boolean[][] hidden = table.hidden();
        Map<String, RowView> rows = new LinkedHashMap<>();
        for (int row = 0; row < table.rowLabels().size(); row++) {
            rows.put(table.rowLabels().get(row), RowView.of(organisations, table.cells()[row], hidden[row], null, null));
        }
        return rows;
    }

    @Override
    public CsvTable toCsv() {
        List<String> header = new ArrayList<>(List.of("month", "table", "row"));
        header.addAll(organisations);
        header.addAll(List.of(FederationReport.TOTAL, "target", "met"));
        List<List<Object>> rows = new ArrayList<>();
        // the period's column: the month, or "from/to" for a range
        String period = month != null ? month : from + "/" + to;
        indicators.forEach((key, row) -> rows.add(row.csv(period, "indicators", key, organisations)));
        breakdowns.forEach((name, table) -> table.forEach((label, row) -> rows.add(row.csv(period, name, label,
                organisations))));
        return new CsvTable(header, rows);
    }

    /**
     * @param organisations per organisation, a count or {@code "<5"}
     * @param total         the federation total, a count or {@code "<5"}
     */
    public record RowView(Map<String, Object> organisations, Object total, Integer target, Boolean met) {

        static RowView of(List<String> organisations, long[] cells, boolean[] hidden, Integer target, Boolean met) {
            Map<String, Object> byOrganisation = new LinkedHashMap<>();
            for (int i = 0; i < organisations.size(); i++) {
                byOrganisation.put(organisations.get(i), Suppression.show(cells[i], hidden[i]));
            }
            int last = organisations.size();
            return new RowView(byOrganisation, Suppression.show(cells[last], hidden[last]), target, met);
        }

        List<Object> csv(String month, String table, String label, List<String> columns) {
            List<Object> cells = new ArrayList<>(List.of(month, table, label));
            columns.forEach(organisation -> cells.add(organisations.get(organisation)));
            cells.add(total);
            cells.add(target);
            cells.add(met);
            return cells;
        }
    }
}
