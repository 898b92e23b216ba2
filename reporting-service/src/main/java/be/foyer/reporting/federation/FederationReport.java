package be.foyer.reporting.federation;

import be.foyer.reporting.ReportPeriod;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import be.foyer.reporting.Indicator;
import be.foyer.reporting.Suppression;

/**
 * The member organisations side by side for a month or a range of months (people and places counted once over
 * the range, follow-ups and tenancy ends summed), with real counts, and which of them the privacy rule hides
 * (the federation's figures are cross-organisation figures: always suppressed, {@link Suppression#hiddenCells}):
 * every count of people from 1 to 4, and a second cell wherever a row (indicators) or a row or column (breakdowns,
 * whose totals are sums) has a lone hidden one. Activities, meetings and places are never hidden. Views render it.
 *
 * @param indicators one row per indicator: a count per organisation, in {@link #organisations()} order, and the
 *                   federation total (distinct people, distinct places, meetings held)
 * @param breakdowns per breakdown, one row per category and a last {@code total} row; totals in the last column
 */
public record FederationReport(ReportPeriod period, List<String> organisations, Map<Indicator, IndicatorRow> indicators,
        Map<String, Table> breakdowns) {

    public static final String TOTAL = "total";

    /** @param target the federation's target for the total, {@code null} when the indicator has none */
    public record IndicatorRow(long[] byOrganisation, long total, Integer target) {

        public Boolean met() {
            return target == null ? null : total >= target;
        }

        /** Which of {@link #cells()} are hidden; {@code countsPeople}: the indicator counts people (suppressible). */
        public boolean[] hidden(boolean countsPeople) {
            long[] cells = cells();
            return countsPeople ? Suppression.hiddenCells(new long[][] {cells}, false)[0] : new boolean[cells.length];
        }

        /** {@link #met()} as it may be shown: {@code null} where the total is hidden (it would narrow it down). */
        public Boolean shownMet(boolean countsPeople) {
            return hidden(countsPeople)[byOrganisation.length] ? null : met();
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

        /** Which cells are hidden: the breakdowns count people (follow-ups, tenancy ends). */
        public boolean[][] hidden() {
            return Suppression.hiddenCells(cells, true);
        }
    }
}
