package be.foyer.reporting.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import be.foyer.reporting.projection.TenancyFacts.Tenancy;
import be.foyer.reporting.retention.Retention.Cohort;
import be.foyer.reporting.retention.Retention.Horizon;

class RetentionCalculationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Tenancy tenancy(String moveIn, String end) {
        return new Tenancy(LocalDate.parse(moveIn), end == null ? null : LocalDate.parse(end));
    }

    private final List<Tenancy> tenancies = List.of(
            tenancy("2024-01-05", "2024-04-05"),
            tenancy("2024-01-10", "2024-04-01"),
            tenancy("2024-01-15", "2024-09-15"),
            // ends on the very day it reaches 12 months: housed that day
            tenancy("2024-01-20", "2025-01-20"),
            tenancy("2024-01-31", null),
            tenancy("2024-03-01", null),
            tenancy("2026-05-02", null),
            tenancy("2026-10-01", null));

    @Test
    void an_old_cohort_shows_how_many_are_still_housed_at_6_12_and_24_months() {
        Cohort january = cohort(Retention.of(tenancies, TODAY).byMonth(), "2024-01");

        assertThat(january.movedIn()).isEqualTo(5);
        assertThat(january.horizons()).extracting(Horizon::months, Horizon::observable, Horizon::stillHoused)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(6, true, 3L),
                        org.assertj.core.groups.Tuple.tuple(12, true, 2L),
                        org.assertj.core.groups.Tuple.tuple(24, true, 1L));
    }

    @Test
    void a_cohort_whose_last_move_ins_have_not_reached_the_horizon_is_not_yet_observable() {
        Cohort may = cohort(Retention.of(tenancies, TODAY).byMonth(), "2026-05");

        // moved in on 2 May: six months passed on 2 November, but a move-in on 31 May would reach them on 30 November
        assertThat(may.horizons().get(0).observable()).isFalse();
        assertThat(may.horizons().get(0).observableFrom()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(Retention.of(tenancies, LocalDate.of(2026, 11, 30)).byMonth().stream()
                .filter(cohort -> cohort.label().equals("2026-05")).findFirst().orElseThrow()
                .horizons().get(0).observable()).isTrue();
    }

    @Test
    void quarters_group_the_months_of_the_quarter() {
        Retention retention = Retention.of(tenancies, TODAY);

        assertThat(retention.byQuarter()).extracting(Cohort::label).containsExactly("2024-Q1", "2026-Q2", "2026-Q4");
        Cohort first = cohort(retention.byQuarter(), "2024-Q1");
        assertThat(first.movedIn()).isEqualTo(6);
        assertThat(first.horizons().get(0).stillHoused()).isEqualTo(4);
        assertThat(cohort(retention.byQuarter(), "2026-Q4").horizons())
                .allSatisfy(horizon -> assertThat(horizon.observable()).isFalse());
    }

    private static Cohort cohort(List<Cohort> cohorts, String label) {
        return cohorts.stream().filter(cohort -> cohort.label().equals(label)).findFirst().orElseThrow();
    }
}
