package be.foyer.reporting.projection;

import static be.foyer.reporting.Events.consent;
import static be.foyer.reporting.Events.erased;
import static be.foyer.reporting.Events.participation;
import static be.foyer.reporting.Events.tenancyEnded;
import static be.foyer.reporting.Events.tenancyStarted;
import static be.foyer.reporting.Events.tenantRegistered;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import com.mongodb.client.MongoDatabase;

import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.reporting.Events;
import be.foyer.reporting.Projected;
import be.foyer.reporting.Indicator;
import be.foyer.reporting.monthly.MonthlyReportService;

/** Facts are whole whatever the order events of the three topics arrive in; keys follow consent and erasure. */
@FoyerServiceTest
class CrossTopicArrivalOrderTest {

    private static final YearMonth MONTH = YearMonth.of(2023, 3);

    @Autowired
    MongoDatabase database;

    @Autowired
    TenantFacts tenants;

    @Autowired
    MonthlyReportService reports;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void a_tenancy_ended_before_it_started_is_the_same_fact_as_in_order() {
        String organisation = "org-" + UUID.randomUUID();
        String early = Events.newId();
        String inOrder = Events.newId();
        String tenant = Events.newId();
        LocalDate moveIn = MONTH.atDay(2);
        LocalDate end = MONTH.atDay(25);

        Projected.publishAndAwait(kafka, database,
                tenancyEnded(organisation, early, tenant, moveIn, end, "DEATH"),
                tenancyStarted(organisation, early, tenant, moveIn),
                tenancyStarted(organisation, inOrder, tenant, moveIn),
                tenancyEnded(organisation, inOrder, tenant, moveIn, end, "DEATH"));

        Document reversed = StoredSummaries.tenancy(database, organisation, early);
        Document ordered = StoredSummaries.tenancy(database, organisation, inOrder);
        assertThat(reversed).isEqualTo(ordered);
        assertThat(reversed.getString("endDate")).isEqualTo("2023-03-25");
        assertThat(reports.report(organisation, MONTH).value(Indicator.MOVE_INS)).isEqualTo(2);
        assertThat(reports.report(organisation, MONTH).breakdowns().tenancyEndsByReason()).containsEntry("DEATH", 2L);
    }

    @Test
    void a_participation_before_its_tenant_counts_and_the_tenant_keeps_its_key() {
        String organisation = "org-" + UUID.randomUUID();
        String tenant = Events.newId();

        Projected.publishAndAwait(kafka, database,
                participation(organisation, tenant, "smes", MONTH.atDay(4)),
                tenantRegistered(organisation, tenant, MONTH.atDay(1), "key-" + tenant));

        assertThat(reports.report(organisation, MONTH).value(Indicator.DISTINCT_PARTICIPANTS)).isEqualTo(1);
        assertThat(tenants.federationKeyOf(tenant)).contains("key-" + tenant);
    }

    @Test
    void a_withdrawn_consent_drops_the_key_and_a_new_one_gives_it_back() {
        String organisation = "org-" + UUID.randomUUID();
        String tenant = Events.newId();

        Projected.publishAndAwait(kafka, database,
                tenantRegistered(organisation, tenant, MONTH.atDay(1), "key-" + tenant),
                consent(organisation, tenant, false, null));
        assertThat(tenants.federationKeyOf(tenant)).isEmpty();

        Projected.publishAndAwait(kafka, database, consent(organisation, tenant, true, "key2-" + tenant));
        assertThat(tenants.federationKeyOf(tenant)).contains("key2-" + tenant);
    }

    @Test
    void an_erased_tenant_loses_its_key_for_good_and_the_counts_stay() {
        String organisation = "org-" + UUID.randomUUID();
        String tenant = Events.newId();

        Projected.publishAndAwait(kafka, database,
                tenantRegistered(organisation, tenant, MONTH.atDay(1), "key-" + tenant),
                participation(organisation, tenant, organisation, MONTH.atDay(9)),
                erased(organisation, tenant),
                consent(organisation, tenant, true, "late-key-" + tenant));

        assertThat(tenants.federationKeyOf(tenant)).isEmpty();
        assertThat(reports.report(organisation, MONTH).value(Indicator.DISTINCT_PARTICIPANTS)).isEqualTo(1);
    }

    @Test
    void people_with_the_same_key_in_two_organisations_count_once_those_without_a_key_each() {
        String shared = "key-" + Events.newId();
        List<String> ids = List.of(Events.newId(), Events.newId(), Events.newId(), Events.newId());

        Projected.publishAndAwait(kafka, database,
                tenantRegistered("org-a-" + shared, ids.get(0), MONTH.atDay(1), shared),
                tenantRegistered("org-b-" + shared, ids.get(1), MONTH.atDay(1), shared),
                tenantRegistered("org-b-" + shared, ids.get(2), MONTH.atDay(1), null));

        // the fourth has no event at all yet: a tenant without a key
        assertThat(tenants.distinctPeople(ids)).isEqualTo(3);
    }
}
