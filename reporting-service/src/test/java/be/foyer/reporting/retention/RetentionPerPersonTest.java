package be.foyer.reporting.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import be.foyer.reporting.projection.TenancyFacts.Tenancy;
import be.foyer.reporting.retention.Retention.Cohort;
import be.foyer.reporting.retention.Retention.Horizon;

/**
 * Retention per person on hand-made tenancies, all moved in from January 2024 and observed on 23 November 2026
 * (every horizon of 2024-01 observable). Each case sets the per-person figure beside the per-tenancy one.
 */
class RetentionPerPersonTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<String> SMES = List.of("smes");
    private static final List<String> DIOGENES = List.of("diogenes");
    private static final List<String> BOTH = List.of("smes", "diogenes");

    private static Tenancy tenancy(String organisation, String tenantId, String moveIn, String end, String reason) {
        return new Tenancy(organisation, tenantId, LocalDate.parse(moveIn), end == null ? null : LocalDate.parse(end),
                reason);
    }

    private static List<Cohort> people(List<Tenancy> tenancies, Map<String, String> keys, List<String> scope) {
        return PersonRetention.of(tenancies, keys, scope, TODAY).byMonth();
    }

    /** Still housed at 6, 12 and 24 months, for a cohort that must be there. */
    private static List<Long> housed(List<Cohort> cohorts, String label) {
        Cohort cohort = cohorts.stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
        assertThat(cohort.horizons()).allSatisfy(horizon -> assertThat(horizon.observable()).isTrue());
        return cohort.horizons().stream().map(Horizon::stillHoused).toList();
    }

    @Test
    void a_move_to_another_dwelling_without_a_return_to_the_street_is_not_a_failure() {
        List<Tenancy> tenancies = List.of(
                tenancy("smes", "t1", "2024-01-10", "2024-05-01", "MOVED_ON"),
                tenancy("smes", "t1", "2024-05-20", null, null));

        List<Cohort> cohorts = people(tenancies, Map.of(), SMES);

        assertThat(cohorts).extracting(Cohort::label, Cohort::movedIn).containsExactly(tuple("2024-01", 1L));
        assertThat(housed(cohorts, "2024-01")).containsExactly(1L, 1L, 1L);
        // per tenancy, the first flat was left after four months
        assertThat(Retention.of(tenancies, TODAY).byMonth().get(0).horizons().get(0).stillHoused()).isZero();
    }

    @Test
    void a_move_is_a_move_up_to_31_days_after_the_end_and_a_departure_after_that() {
        List<Tenancy> tenancies = List.of(
                tenancy("smes", "t1", "2024-01-10", "2024-03-01", "MOVED_ON"),
                tenancy("smes", "t1", "2024-04-01", null, null),
                tenancy("smes", "t2", "2024-01-10", "2024-03-01", "MOVED_ON"),
                tenancy("smes", "t2", "2024-04-02", null, null));

        List<Cohort> cohorts = people(tenancies, Map.of(), SMES);

        // t1 found the next flat 31 days later; t2 32 days later, a new stay of its own in April
        assertThat(cohorts).extracting(Cohort::label, Cohort::movedIn)
                .containsExactly(tuple("2024-01", 2L), tuple("2024-04", 1L));
        assertThat(housed(cohorts, "2024-01")).containsExactly(1L, 1L, 1L);
    }

    @Test
    void a_handover_to_another_member_follows_the_person_by_federation_key() {
        List<Tenancy> tenancies = List.of(
                tenancy("smes", "smes-t", "2024-01-10", "2024-03-01", "RELAYED"),
                tenancy("diogenes", "diogenes-t", "2024-03-15", null, null));
        Map<String, String> keys = Map.of("smes-t", "K1", "diogenes-t", "K1");

        assertThat(housed(people(tenancies, keys, SMES), "2024-01")).containsExactly(1L, 1L, 1L);
        // the person did not move in from the street with diogenes: no cohort there
        assertThat(people(tenancies, keys, DIOGENES)).isEmpty();
        // together, one person
        assertThat(people(tenancies, keys, BOTH)).extracting(Cohort::label, Cohort::movedIn)
                .containsExactly(tuple("2024-01", 1L));
    }

    @Test
    void without_a_federation_key_a_handover_reads_as_a_departure_and_a_new_move_in() {
        List<Tenancy> tenancies = List.of(
                tenancy("smes", "smes-t", "2024-01-10", "2024-03-01", "RELAYED"),
                tenancy("diogenes", "diogenes-t", "2024-03-15", null, null));
        Map<String, String> onlyOneConsents = Map.of("smes-t", "K1");

        assertThat(housed(people(tenancies, onlyOneConsents, SMES), "2024-01")).containsExactly(0L, 0L, 0L);
        assertThat(people(tenancies, onlyOneConsents, DIOGENES)).extracting(Cohort::label, Cohort::movedIn)
                .containsExactly(tuple("2024-03", 1L));
        assertThat(people(tenancies, onlyOneConsents, BOTH)).extracting(Cohort::label, Cohort::movedIn)
                .containsExactly(tuple("2024-01", 1L), tuple("2024-03", 1L));
    }

    @Test
    void a_return_to_the_street_is_a_failure_even_when_housed_again_soon_after() {
        List<Tenancy> tenancies = List.of(
                tenancy("smes", "t1", "2024-01-10", "2024-04-01", "RETURN_TO_STREET"),
                tenancy("smes", "t1", "2024-04-20", null, null));

        List<Cohort> cohorts = people(tenancies, Map.of(), SMES);

        assertThat(housed(cohorts, "2024-01")).containsExactly(0L, 0L, 0L);
        assertThat(cohorts).extracting(Cohort::label).containsExactly("2024-01", "2024-04");
    }

    @Test
    void a_death_ends_the_stay_at_its_date() {
        List<Tenancy> tenancies = List.of(tenancy("smes", "t1", "2024-01-10", "2024-09-01", "DEATH"));

        assertThat(housed(people(tenancies, Map.of(), SMES), "2024-01")).containsExactly(1L, 0L, 0L);
    }

    @Test
    void a_person_counts_once_in_a_cohort_and_a_recent_cohort_is_not_yet_observable() {
        List<Tenancy> tenancies = List.of(
                tenancy("smes", "t1", "2026-10-01", "2026-10-05", "HOSPITAL"),
                tenancy("smes", "t1", "2026-10-20", null, null),
                tenancy("smes", "t2", "2026-10-03", null, null));

        Cohort october = people(tenancies, Map.of(), SMES).get(0);

        assertThat(october.movedIn()).isEqualTo(2);
        assertThat(october.horizons()).extracting(Horizon::observable, Horizon::observableFrom).containsExactly(
                tuple(false, LocalDate.of(2027, 4, 30)), tuple(false, LocalDate.of(2027, 10, 31)),
                tuple(false, LocalDate.of(2028, 10, 31)));
    }
}
