package be.foyer.reporting.federation;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import be.foyer.reporting.Indicator;

/**
 * The member organisations side by side for a month, with real counts; how small counts are hidden is decided when
 * it is shown.
 *
 * @param indicators one row per indicator: a count per organisation, in {@link #organisations()} order, and the
 *                   federation total (distinct people, distinct places, meetings held)
 * @param breakdowns per breakdown, one row per category and a last {@code total} row; totals in the last column
 */
public record FederationReport(YearMonth month, List<String> organisations, Map<Indicator, IndicatorRow> indicators,
        Map<String, Table> breakdowns) {

    public static final String TOTAL = "total";

    /** @param target the federation's target for the total, {@code null} when the indicator has none */
    public record IndicatorRow(long[] byOrganisation, long total, Integer target) {

        public Boolean met() {
            return target == null ? null : total >= target;
        }

        /** The organisations' counts followed by the total. */
        public long[] cells() {
            long[] cells = Arrays.copyOf(byOrganisation, byOrganisation.length + 1);
            cells[byOrganisation.length] = total;
            return cells;
        }
    }

    /** @param cells per row label, the organisations' counts and the row total; the last row is the column totals */
    public record Table(List<String> rowLabels, long[][] cells) {
    }
}
