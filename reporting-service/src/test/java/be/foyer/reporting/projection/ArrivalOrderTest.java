package be.foyer.reporting.projection;

import static be.foyer.reporting.Events.followUp;
import static be.foyer.reporting.Events.tenantRegistered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import be.foyer.events.EventEnvelope;
import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TopicProbe;
import be.foyer.reporting.Events;
import be.foyer.reporting.Indicator;
import be.foyer.reporting.monthly.MonthlyReportService;

/** Facts come out the same whatever order tenant and follow-up events arrive in. */
@FoyerServiceTest
class ArrivalOrderTest {

    private static final YearMonth MONTH = YearMonth.of(2025, 7);

    @Autowired
    FollowUpFacts followUps;

    @Autowired
    TenantFacts tenants;

    @Autowired
    MonthlyReportService reports;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void a_follow_up_that_arrives_before_its_tenant_counts_once() {
        String organisation = "org-" + UUID.randomUUID();
        String tenantId = Events.newId();
        EventEnvelope<FollowUpRecorded> first = followUp(organisation, tenantId, MONTH.atDay(3));
        EventEnvelope<FollowUpRecorded> second = followUp(organisation, tenantId, MONTH.atDay(20));
        TopicProbe probe = new TopicProbe(kafka);

        probe.send(first);
        await().atMost(Duration.ofSeconds(30)).until(() -> followUps.exists(first.payload().followUpId()));
        assertThat(tenants.organisationOf(tenantId)).isEmpty();
        assertThat(reports.report(organisation, MONTH).value(Indicator.TENANTS_MET_INDIVIDUALLY)).isEqualTo(1);

        probe.send(tenantRegistered(organisation, tenantId, LocalDate.of(2025, 6, 30), "fed-key"));
        probe.send(second);
        await().atMost(Duration.ofSeconds(30)).until(() -> followUps.exists(second.payload().followUpId())
                && tenants.organisationOf(tenantId).isPresent());

        assertThat(tenants.organisationOf(tenantId)).contains(organisation);
        assertThat(reports.report(organisation, MONTH).value(Indicator.TENANTS_MET_INDIVIDUALLY)).isEqualTo(1);
    }

    @Test
    void a_tenant_registered_before_its_follow_ups_counts_the_same() {
        String organisation = "org-" + UUID.randomUUID();
        String tenantId = Events.newId();
        EventEnvelope<FollowUpRecorded> met = followUp(organisation, tenantId, MONTH.atDay(8));
        TopicProbe probe = new TopicProbe(kafka);

        probe.send(tenantRegistered(organisation, tenantId, MONTH.atDay(1), null));
        probe.send(met);
        await().atMost(Duration.ofSeconds(30)).until(() -> followUps.exists(met.payload().followUpId()));

        assertThat(tenants.organisationOf(tenantId)).contains(organisation);
        assertThat(reports.report(organisation, MONTH).value(Indicator.TENANTS_MET_INDIVIDUALLY)).isEqualTo(1);
    }
}
