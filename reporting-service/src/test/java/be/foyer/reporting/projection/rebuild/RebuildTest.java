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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.web.servlet.MockMvc;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

import be.foyer.events.EventEnvelope;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TestTokens;
import be.foyer.platform.security.Organisations;
import be.foyer.reporting.Projected;
import be.foyer.reporting.projection.FactCollection;
import be.foyer.reporting.monthly.Indicator;
import be.foyer.reporting.monthly.Scope;
import be.foyer.reporting.monthly.targets.Targets;
import be.foyer.reporting.programme.Programmes;
import be.foyer.reporting.projection.FollowUpFacts;
import be.foyer.reporting.projection.ReportSummaries;
import be.foyer.platform.messaging.ProcessedEvents;

/** A rebuild drops the projections and replays the topics; the reports come out the same. */
@FoyerServiceTest
class RebuildTest {

    private static final long SEED = 20_261_123L;

    @Autowired
    MockMvc http;

    @Autowired
    MongoDatabase database;

    @Autowired
    MongoClient mongo;

    @Autowired
    FollowUpFacts followUps;

    @Autowired
    ReportSummaries summaries;

    @Autowired
    Targets targets;

    @Autowired
    Programmes programmes;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void reports_rebuilt_from_a_generated_history_of_thousands_of_events_equal_the_live_ones() throws Exception {
        changeTargetsMidYear();
        List<EventEnvelope<?>> history = new HistoryGenerator(SEED).generate(4);
        assertThat(history).hasSizeGreaterThan(3000);
        try (Publisher publisher = new Publisher(kafka, 5)) {
            publisher.sendAll(history);
        }
        Projected.awaitProcessed(database, history.stream().map(event -> event.eventId().toString()).toList());
        List<String> live = reports();
        long processed = Projected.processedCount(database);

        // spoil the projection, so that only a real drop-and-replay gives the live reports back
        followUps.clear();
        summaries.clear();
        database.getCollection("report_summaries").insertOne(new Document("_id", "smes|tenancies")
                .append("tenancies", new Document("bogus", new Document("tenantId", "bogus")
                        .append("moveInDate", "2019-01-01"))));
        assertThat(reports()).isNotEqualTo(live);

        http.perform(post("/actuator/projections").with(operator())).andExpect(status().isAccepted());

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .until(() -> Projected.processedCount(database) >= processed);
        assertThat(reports()).isEqualTo(live);
    }

    @Test
    void only_a_platform_operator_may_rebuild() throws Exception {
        http.perform(post("/actuator/projections")).andExpect(status().isUnauthorized());
        http.perform(post("/actuator/projections").with(chloe())).andExpect(status().isForbidden());
        http.perform(post("/actuator/projections").with(alice())).andExpect(status().isForbidden());
        http.perform(post("/actuator/projections").with(gina())).andExpect(status().isForbidden());
    }

    @Test
    void the_start_up_flag_empties_every_projection_and_asks_for_a_replay_before_the_listener_starts() {
        MongoDatabase scratch = mongo.getDatabase("rebuild-flag-" + UUID.randomUUID());
        ReportSummaries summaries = new ReportSummaries(scratch);
        FollowUpFacts facts = new FollowUpFacts(scratch, summaries);
        facts.record("smes", new be.foyer.events.tenants.FollowUpRecorded("f1", "t1",
                java.time.LocalDate.of(2019, 1, 1), "PHONE", 10, List.of(), null, null));
        scratch.getCollection("processed_events").insertOne(new Document("_id", "e1"));
        ReplayRequest replay = new ReplayRequest();

        new ProjectionRebuild(List.<FactCollection>of(facts, summaries), new ProcessedEvents(scratch, Clock.systemUTC()), listeners,
                replay, Clock.systemUTC(), true);

        assertThat(facts.size()).isZero();
        assertThat(summaries.size()).isZero();
        assertThat(scratch.getCollection("processed_events").countDocuments()).isZero();
        assertThat(replay.take()).isTrue();
        assertThat(replay.take()).isFalse();
    }

    /**
     * Targets changed in the middle of the generated years (set directly: the API refuses past months), ended again
     * before the months other tests use.
     */
    private void changeTargetsMidYear() {
        Scope programme = Scope.programme(programmes.byId("reaffiliation-hf").orElseThrow());
        targets.set(programme, YearMonth.of(2019, 7), Map.of(Indicator.DISTINCT_PLACES, 2), "rebuild-test", Instant.now());
        targets.set(programme, YearMonth.of(2020, 1), Map.of(Indicator.DISTINCT_PLACES, 10), "rebuild-test", Instant.now());
        Scope organisation = Scope.organisation("habitat-et-humanisme");
        targets.set(organisation, YearMonth.of(2020, 7), Map.of(Indicator.TENANTS_MET_INDIVIDUALLY, 3), "rebuild-test",
                Instant.now());
        Map<Indicator, Integer> none = new HashMap<>();
        none.put(Indicator.TENANTS_MET_INDIVIDUALLY, null);
        targets.set(organisation, YearMonth.of(2021, 1), none, "rebuild-test", Instant.now());
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
