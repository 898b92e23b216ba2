package be.foyer.reporting.projection;

import be.foyer.events.tenants.ConsentPurpose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import be.foyer.events.tenants.ConsentChanged;
import be.foyer.events.tenants.FollowUpCorrected;
import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.events.tenants.FollowUpWithdrawn;
import be.foyer.events.tenants.TenantErased;
import be.foyer.events.tenants.TenantRegistered;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.reporting.Events;
import be.foyer.reporting.Indicator;
import be.foyer.reporting.monthly.MonthlyReportService;

/**
 * Events of one listener batch whose outcome depends on an earlier one of the same batch, whose writes are not in
 * MongoDB yet: a follow-up recorded then corrected into another month or withdrawn, a tenant erased then given a key.
 */
@FoyerServiceTest
class OneBatchTest {

    private static final YearMonth MAY = YearMonth.of(2023, 5);
    private static final YearMonth JUNE = YearMonth.of(2023, 6);

    @Autowired
    FollowUpFacts followUps;

    @Autowired
    TenantFacts tenants;

    @Autowired
    MonthlyReportService reports;

    @Autowired
    FactBatches batches;

    @Test
    void a_follow_up_recorded_and_corrected_or_withdrawn_in_one_batch_counts_where_the_last_event_says() {
        String organisation = "batch-org-" + Events.newId();
        String moved = Events.newId();
        String withdrawn = Events.newId();
        String kept = Events.newId();

        FactBatch batch = batches.live();
        followUps.record(batch, organisation, recorded(moved, "t1", MAY.atDay(31), "place-a"));
        followUps.correct(batch, organisation, new FollowUpCorrected(moved, "t1", JUNE.atDay(1), "ACCOMPANIMENT", 60,
                List.of("HEALTH"), "place-b", "HEALTH"));
        followUps.record(batch, organisation, recorded(withdrawn, "t2", MAY.atDay(3), "place-c"));
        followUps.withdraw(batch, new FollowUpWithdrawn(withdrawn, "t2"));
        followUps.record(batch, organisation, recorded(kept, "t3", MAY.atDay(4), "place-a"));
        batch.flush();

        assertThat(reports.report(organisation, MAY).value(Indicator.TENANTS_MET_INDIVIDUALLY)).isEqualTo(1);
        assertThat(reports.report(organisation, MAY).value(Indicator.DISTINCT_PLACES)).isEqualTo(1);
        assertThat(reports.report(organisation, MAY).breakdowns().followUpsByMode()).containsExactlyEntriesOf(
                java.util.Map.of("ACCOMPANIMENT", 1L));
        assertThat(reports.report(organisation, JUNE).value(Indicator.TENANTS_MET_INDIVIDUALLY)).isEqualTo(1);
        assertThat(reports.report(organisation, JUNE).breakdowns().followUpsByDomain()).containsEntry("HEALTH", 1L);

        // in a later batch: corrected back into May, then withdrawn
        inOneBatch(later -> followUps.correct(later, organisation, new FollowUpCorrected(moved, "t1", MAY.atDay(20),
                "PHONE", 10, List.of(), null, null)));
        assertThat(reports.report(organisation, JUNE).value(Indicator.TENANTS_MET_INDIVIDUALLY)).isZero();
        assertThat(reports.report(organisation, MAY).value(Indicator.TENANTS_MET_INDIVIDUALLY)).isEqualTo(2);
        inOneBatch(later -> followUps.withdraw(later, new FollowUpWithdrawn(moved, "t1")));
        assertThat(reports.report(organisation, MAY).value(Indicator.TENANTS_MET_INDIVIDUALLY)).isEqualTo(1);
        assertThat(followUps.exists(moved)).isFalse();
    }

    @Test
    void a_tenant_erased_earlier_in_the_batch_gets_no_key_back() {
        String organisation = "batch-org-" + Events.newId();
        String tenantId = Events.newId();

        FactBatch batch = batches.live();
        tenants.register(batch, organisation, new TenantRegistered(tenantId, LocalDate.of(2023, 1, 1),
                "key-" + tenantId));
        tenants.erase(batch, organisation, new TenantErased(tenantId, LocalDate.of(2023, 2, 1)));
        tenants.consent(batch, organisation, new ConsentChanged(tenantId,
                ConsentPurpose.FEDERATION_STATISTICS.name(), true, LocalDate.of(2023, 2, 2), "key-again-" + tenantId));
        batch.flush();

        assertThat(tenants.federationKeyOf(tenantId)).isEmpty();
        assertThat(tenants.people(List.of(tenantId)).withoutKey()).isEqualTo(1);

        // and in a later batch, with the erasure stored
        inOneBatch(later -> tenants.consent(later, organisation, new ConsentChanged(tenantId,
                ConsentPurpose.FEDERATION_STATISTICS.name(), true, LocalDate.of(2023, 3, 1), "key-later-" + tenantId)));
        assertThat(tenants.federationKeyOf(tenantId)).isEmpty();
    }

    private void inOneBatch(Consumer<FactBatch> writes) {
        FactBatch batch = batches.live();
        writes.accept(batch);
        batch.flush();
    }

    private static FollowUpRecorded recorded(String id, String tenantId, LocalDate date, String placeId) {
        return new FollowUpRecorded(id, tenantId, date, "ACCOMPANIMENT", 60, List.of(), placeId, "CULTURE");
    }
}
