package be.foyer.reporting.projection.rebuild;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.chloe;
import static be.foyer.platform.test.TestTokens.gina;
import static be.foyer.platform.test.TestTokens.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

import com.mongodb.client.MongoDatabase;

import be.foyer.events.EventEnvelope;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TestTokens;
import be.foyer.platform.security.Organisations;
import be.foyer.reporting.Projected;
import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.platform.test.TopicProbe;
import be.foyer.reporting.Events;
import be.foyer.reporting.projection.ProjectionGenerations;
import be.foyer.reporting.projection.messaging.ProjectionRebuild;
import be.foyer.reporting.Indicator;
import be.foyer.reporting.monthly.Scope;
import be.foyer.reporting.monthly.Targets;
import be.foyer.reporting.programme.Programmes;

/**
 * A rebuild replays the topics into the next generation while the reports read the live one, then switches: the
 * reports come out the same, and were the same in the middle of it.
 */
@FoyerServiceTest
class RebuildTest {

    private static final long SEED = 20_261_123L;

    @Autowired
    MockMvc http;

    @Autowired
    MongoDatabase database;

    @Autowired
    Targets targets;

    @Autowired
    Programmes programmes;

    @Autowired
    ProjectionRebuild rebuild;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void reports_stay_readable_during_a_rebuild_and_come_out_the_same_with_what_arrived_meanwhile_once()
            throws Exception {
        changeTargetsMidYear();
        List<EventEnvelope<?>> history = new HistoryGenerator(SEED).generate(4);
        assertThat(history).hasSizeGreaterThan(3000);
        try (Publisher publisher = new Publisher(kafka, 5)) {
            publisher.sendAll(history);
        }
        Projected.awaitProcessed(database, history.stream().map(event -> event.eventId().toString()).toList());
        List<String> live = reports();
        String lateMonth = "2024-06";
        String lateReportBefore = body(lateMonthReport(lateMonth));
        int before = ProjectionGenerations.of(database).live();

        http.perform(post("/actuator/projections").with(operator())).andExpect(status().isAccepted());
        // an event arriving while the rebuild replays: counted by the live generation now, and once after the switch
        String lateTenant = Events.newId();
        EventEnvelope<FollowUpRecorded> late = Events.followUp("smes", lateTenant, LocalDate.parse(lateMonth + "-12"));
        new TopicProbe(kafka).send(late);

        assertThat(rebuild.underWay()).as("read in the middle of the rebuild").isTrue();
        assertThat(reports()).as("the figures of before, while the rebuild goes on").isEqualTo(live);

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).until(() -> !rebuild.underWay());
        assertThat(ProjectionGenerations.of(database).live()).as("switched to the rebuilt generation")
                .isEqualTo(before + 1);
        assertThat(database.listCollectionNames().into(new ArrayList<>()))
                .as("the old generation dropped").doesNotContain(ProjectionGenerations.name("report_summaries", before));
        assertThat(reports()).isEqualTo(live);
        String lateBefore = lateReportBefore;
        String lateAfter = body(lateMonthReport(lateMonth));
        assertThat(count(lateAfter, "tenantsMetIndividually")).isEqualTo(count(lateBefore, "tenantsMetIndividually") + 1);
        assertThat(phoneCalls(lateAfter)).as("the late follow-up counted once").isEqualTo(phoneCalls(lateBefore) + 1);
    }

    private org.springframework.test.web.servlet.RequestBuilder lateMonthReport(String month) {
        return get("/api/reports/monthly").param("month", month)
                .with(TestTokens.user("coordinator-smes", "coordinator", "smes"));
    }

    private static int count(String report, String indicator) {
        return ((Number) JsonPath.read(report, "$.indicators." + indicator + ".value")).intValue();
    }

    private static int phoneCalls(String report) {
        Map<String, Object> byMode = JsonPath.read(report, "$.followUpsByMode");
        return byMode.get("PHONE") == null ? 0 : ((Number) byMode.get("PHONE")).intValue();
    }

    @Test
    void only_a_platform_operator_may_rebuild() throws Exception {
        http.perform(post("/actuator/projections")).andExpect(status().isUnauthorized());
        http.perform(post("/actuator/projections").with(chloe())).andExpect(status().isForbidden());
        http.perform(post("/actuator/projections").with(alice())).andExpect(status().isForbidden());
        http.perform(post("/actuator/projections").with(gina())).andExpect(status().isForbidden());
    }

    /**
     * Targets changed in the middle of the generated years (set directly: the API refuses past months), ended again
     * before the months other tests use.
     */
    private void changeTargetsMidYear() {
        Scope programme = Scope.programme(programmes.byId("reaffiliation-hf").orElseThrow());
        targets.set(programme, YearMonth.of(2019, 7), Map.of(Indicator.DISTINCT_PLACES, 2), new be.foyer.platform.domain.Author("rebuild-test", "rebuild-test"), Instant.now());
        targets.set(programme, YearMonth.of(2020, 1), Map.of(Indicator.DISTINCT_PLACES, 10), new be.foyer.platform.domain.Author("rebuild-test", "rebuild-test"), Instant.now());
        Scope organisation = Scope.organisation("habitat-et-humanisme");
        targets.set(organisation, YearMonth.of(2020, 7), Map.of(Indicator.TENANTS_MET_INDIVIDUALLY, 3), new be.foyer.platform.domain.Author("rebuild-test", "rebuild-test"),
                Instant.now());
        Map<Indicator, Integer> none = new HashMap<>();
        none.put(Indicator.TENANTS_MET_INDIVIDUALLY, null);
        targets.set(organisation, YearMonth.of(2021, 1), none, new be.foyer.platform.domain.Author("rebuild-test", "rebuild-test"), Instant.now());
    }

    /**
     * Every organisation's monthly report of the generated period, the programme's, the federation's, each year as a
     * range (organisations and programme), trends, and retention.
     */
    private List<String> reports() throws Exception {
        List<String> reports = new ArrayList<>();
        for (YearMonth month = HistoryGenerator.FIRST_MONTH; !month.isAfter(HistoryGenerator.LAST_MONTH);
                month = month.plusMonths(1)) {
            for (String organisation : Organisations.ALL) {
                reports.add(body(get("/api/reports/monthly").param("month", month.toString())
                        .with(TestTokens.user("coordinator-" + organisation, "coordinator", organisation))));
            }
            reports.add(body(get("/api/reports/federation").param("month", month.toString()).with(gina())));
            reports.add(body(get("/api/reports/monthly").param("month", month.toString())
                    .param("programme", "reaffiliation-hf").with(gina())));
        }
        for (int year = HistoryGenerator.FIRST_MONTH.getYear(); year <= HistoryGenerator.LAST_MONTH.getYear(); year++) {
            for (String organisation : Organisations.ALL) {
                reports.add(body(get("/api/reports/monthly").param("from", year + "-01").param("to", year + "-12")
                        .param("organisation", organisation).with(gina())));
            }
            reports.add(body(get("/api/reports/monthly").param("from", year + "-01").param("to", year + "-12")
                    .param("programme", "reaffiliation-hf").with(gina())));
            reports.add(body(get("/api/reports/trends").param("to", year + "-12")
                    .param("programme", "reaffiliation-hf").with(gina())));
        }
        reports.add(body(get("/api/reports/trends").param("to", "2020-12").with(gina())));
        reports.add(body(get("/api/reports/retention").with(gina())));
        return reports;
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return http.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
