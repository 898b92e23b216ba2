package be.foyer.reporting.federation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import be.foyer.platform.security.Organisations;
import be.foyer.reporting.ReportPeriod;
import be.foyer.reporting.Suppression;
import be.foyer.reporting.federation.FederationReport;
import be.foyer.reporting.federation.FederationReport.IndicatorRow;
import be.foyer.reporting.Indicator;

/** Suppression of the federation's indicator rows: people only, and no {@code met} beside a hidden total. */
class FederationReportViewTest {

    private static FederationReportView viewOf(Indicator indicator, IndicatorRow row) {
        Map<Indicator, IndicatorRow> rows = new EnumMap<>(Indicator.class);
        rows.put(indicator, row);
        return FederationReportView.of(new FederationReport(new ReportPeriod(YearMonth.of(2022, 3), YearMonth.of(2022, 3)), Organisations.ALL, rows, Map.of()));
    }

    @Test
    void a_hidden_total_of_people_has_no_met_beside_it() {
        FederationReportView view = viewOf(Indicator.TENANTS_MET_INDIVIDUALLY,
                new IndicatorRow(new long[] {3, 0, 0, 0, 0, 0}, 3, 1));

        FederationReportView.RowView row = view.indicators().get("tenantsMetIndividually");
        assertThat(row.total()).isEqualTo(Suppression.SUPPRESSED);
        assertThat(row.organisations().get("smes")).isEqualTo(Suppression.SUPPRESSED);
        assertThat(row.target()).isEqualTo(1);
        assertThat(row.met()).isNull();
    }

    @Test
    void a_visible_total_keeps_its_met_and_complementary_cells_stay_hidden() {
        FederationReportView view = viewOf(Indicator.DISTINCT_PARTICIPANTS,
                new IndicatorRow(new long[] {2, 6, 0, 0, 0, 0}, 8, 5));

        FederationReportView.RowView row = view.indicators().get("distinctParticipants");
        assertThat(row.total()).isEqualTo(8L);
        assertThat(row.met()).isTrue();
        // 8 - 6 would give smes's 2 back: the 6 is hidden too
        assertThat(row.organisations().get("smes")).isEqualTo(Suppression.SUPPRESSED);
        assertThat(row.organisations().get("diogenes")).isEqualTo(Suppression.SUPPRESSED);
    }

    @Test
    void activities_meetings_and_places_are_never_hidden() {
        for (Indicator indicator : List.of(Indicator.ONE_OFF_ACTIVITIES, Indicator.RECURRING_ACTIVITIES,
                Indicator.COUNCIL_MEETINGS, Indicator.DISTINCT_PLACES, Indicator.TRANSVERSAL_TEAM_MEETINGS)) {
            FederationReportView.RowView row = viewOf(indicator, new IndicatorRow(new long[] {1, 2, 0, 0, 0, 0}, 3, 3))
                    .indicators().get(indicator.key());
            assertThat(row.organisations().get("smes")).isEqualTo(1L);
            assertThat(row.total()).isEqualTo(3L);
            assertThat(row.met()).isTrue();
        }
    }
}
