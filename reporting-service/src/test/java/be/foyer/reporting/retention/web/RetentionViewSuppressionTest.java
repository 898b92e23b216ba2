package be.foyer.reporting.retention.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import be.foyer.reporting.retention.PersonRetention;
import be.foyer.reporting.retention.Retention;
import be.foyer.reporting.retention.Retention.Cohort;
import be.foyer.reporting.retention.Retention.Horizon;

/** Per person beside per tenancy: a small difference between the two tables must not show. */
class RetentionViewSuppressionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Cohort cohort(String label, long size, long after6, long after12, long after24) {
        return new Cohort(label, size, List.of(new Horizon(6, true, TODAY, after6), new Horizon(12, true, TODAY, after12),
                new Horizon(24, true, TODAY, after24)));
    }

    private final Retention tenancies = new Retention(TODAY, List.of(
            cohort("2024-01", 20, 10, 10, 5), cohort("2024-02", 22, 11, 11, 11)), List.of());
    private final PersonRetention people = new PersonRetention(List.of(
            cohort("2024-01", 20, 12, 10, 10), cohort("2024-02", 20, 11, 11, 11)));

    @Test
    void the_analyst_does_not_see_a_person_figure_that_differs_by_one_to_four_from_the_tenancy_figure() {
        RetentionView view = RetentionView.of("federation", tenancies, people, true);

        RetentionView.PersonCohortView january = view.byPerson().get(0);
        assertThat(january.people()).isEqualTo(20L);
        // 12 people housed against 10 tenancies: the 2 who moved would show
        assertThat(january.horizons().get("after6Months").stillHoused()).isEqualTo("<5");
        assertThat(january.horizons().get("after6Months").share()).isNull();
        assertThat(january.horizons().get("after12Months").stillHoused()).isEqualTo(10L);
        assertThat(january.horizons().get("after12Months").share()).isEqualByComparingTo("0.5");
        assertThat(january.horizons().get("after24Months").stillHoused()).isEqualTo(10L);

        // 20 people against 22 tenancies: the size and everything that gives it back are hidden
        RetentionView.PersonCohortView february = view.byPerson().get(1);
        assertThat(february.people()).isEqualTo("<5");
        assertThat(february.horizons().values()).allSatisfy(horizon -> {
            assertThat(horizon.stillHoused()).isEqualTo("<5");
            assertThat(horizon.share()).isNull();
        });
    }

    @Test
    void the_organisation_itself_sees_every_figure() {
        RetentionView.PersonCohortView february = RetentionView.of("smes", tenancies, people, false).byPerson().get(1);

        assertThat(february.people()).isEqualTo(20L);
        assertThat(february.horizons().get("after6Months").stillHoused()).isEqualTo(11L);
    }
}
