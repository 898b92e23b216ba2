package be.foyer.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import com.mongodb.client.MongoDatabase;

import be.foyer.events.EventEnvelope;
import be.foyer.events.tenants.FollowUpCorrected;
import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.events.tenants.FollowUpWithdrawn;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.reporting.Events;
import be.foyer.reporting.Projected;
import be.foyer.reporting.Indicator;
import be.foyer.reporting.monthly.MonthlyReport;
import be.foyer.reporting.monthly.MonthlyReportService;

/** A corrected follow-up counts where its corrected facts say; a withdrawn one counts nowhere. */
@FoyerServiceTest
class FollowUpCorrectionProjectionTest {

    private static final YearMonth MARCH = YearMonth.of(2024, 3);
    private static final YearMonth APRIL = YearMonth.of(2024, 4);

    @Autowired
    MongoDatabase database;

    @Autowired
    MonthlyReportService reports;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void a_follow_up_corrected_into_another_month_moves_its_count_and_place() {
        String organisation = "correction-org-" + Events.newId();
        String tenantId = Events.newId();
        EventEnvelope<FollowUpRecorded> recorded = Events.accompaniment(organisation, tenantId, MARCH.atDay(30),
                "place-museum", "CULTURE");
        FollowUpRecorded facts = recorded.payload();
        EventEnvelope<FollowUpCorrected> corrected = EventEnvelope.of(organisation, new FollowUpCorrected(
                facts.followUpId(), tenantId, APRIL.atDay(2), "ACCOMPANIMENT", 90, List.of("HEALTH"),
                "place-hospital", "HEALTH"), Instant.now());

        Projected.publishAndAwait(kafka, database, recorded);
        assertThat(count(organisation, MARCH, Indicator.TENANTS_MET_INDIVIDUALLY)).isEqualTo(1);

        Projected.publishAndAwait(kafka, database, corrected);
        assertThat(count(organisation, MARCH, Indicator.TENANTS_MET_INDIVIDUALLY)).isZero();
        assertThat(count(organisation, MARCH, Indicator.DISTINCT_PLACES)).isZero();
        assertThat(count(organisation, APRIL, Indicator.TENANTS_MET_INDIVIDUALLY)).isEqualTo(1);
        assertThat(count(organisation, APRIL, Indicator.DISTINCT_PLACES)).isEqualTo(1);
        assertThat(reports.report(organisation, APRIL).breakdowns().followUpsByDomain()).containsEntry("HEALTH", 1L);

        // the same correction sent again under a new event id: the upsert changes nothing
        Projected.publishAndAwait(kafka, database, EventEnvelope.of(organisation, corrected.payload(),
                Instant.now()));
        assertThat(count(organisation, APRIL, Indicator.TENANTS_MET_INDIVIDUALLY)).isEqualTo(1);
    }

    @Test
    void a_withdrawn_follow_up_no_longer_counts_a_tenant_or_a_place() {
        String organisation = "withdrawal-org-" + Events.newId();
        String tenantId = Events.newId();
        LocalDate day = MARCH.atDay(12);
        EventEnvelope<FollowUpRecorded> mistaken = Events.accompaniment(organisation, tenantId, day, "place-park",
                "NATURE");
        EventEnvelope<FollowUpRecorded> real = Events.followUp(organisation, Events.newId(), day);
        Projected.publishAndAwait(kafka, database, mistaken, real);
        assertThat(count(organisation, MARCH, Indicator.TENANTS_MET_INDIVIDUALLY)).isEqualTo(2);
        assertThat(count(organisation, MARCH, Indicator.DISTINCT_PLACES)).isEqualTo(1);

        EventEnvelope<FollowUpWithdrawn> withdrawn = EventEnvelope.of(organisation,
                new FollowUpWithdrawn(mistaken.payload().followUpId(), tenantId), Instant.now());
        Projected.publishAndAwait(kafka, database, withdrawn);
        assertThat(count(organisation, MARCH, Indicator.TENANTS_MET_INDIVIDUALLY)).isEqualTo(1);
        assertThat(count(organisation, MARCH, Indicator.DISTINCT_PLACES)).isZero();

        // the same withdrawal with a new event id (a resend) is harmless
        Projected.publishAndAwait(kafka, database, EventEnvelope.of(organisation, withdrawn.payload(),
                Instant.now()));
        assertThat(count(organisation, MARCH, Indicator.TENANTS_MET_INDIVIDUALLY)).isEqualTo(1);
    }

    private long count(String organisation, YearMonth month, Indicator indicator) {
        MonthlyReport report = reports.report(organisation, month);
        return report.value(indicator);
    }
}
