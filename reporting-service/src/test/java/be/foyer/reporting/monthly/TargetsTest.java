package be.foyer.reporting.monthly;



import be.foyer.events.BrusselsTime;
import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.chloe;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.mongodb.client.MongoDatabase;

import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TestTokens;
import be.foyer.reporting.Events;
import be.foyer.reporting.Projected;
import be.foyer.reporting.ReportMonth;
import be.foyer.reporting.Indicator;

/** Dated targets: from a month on, never in the past, with their history; organisations have no default. */
@FoyerServiceTest
class TargetsTest {

    private static final String URL = "/api/reports/targets";
    private static final String PROGRAMME = "reaffiliation-hf";
    private static final YearMonth THIS_MONTH = YearMonth.now(BrusselsTime.ZONE);
    private static final YearMonth NEXT_MONTH = THIS_MONTH.plusMonths(1);

    /** chloe is the coordinator of infirmiers-de-rue; this one is a staff member of the same organisation. */
    private static final RequestPostProcessor CHLOE_COLLEAGUE = TestTokens.user("ines", "staff", "infirmiers-de-rue");
    private static final RequestPostProcessor SMES_COORDINATOR = TestTokens.user("sam", "coordinator", "smes");

    @Autowired
    MockMvc http;

    @Autowired
    Targets targets;

    @Autowired
    MongoDatabase database;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private static MockHttpServletRequestBuilder putJson(String body) {
        return put(URL).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void a_target_set_from_next_month_leaves_this_months_report_with_the_target_that_applies_now() throws Exception {
        Projected.publishAndAwait(kafka, database,
                Events.followUp("infirmiers-de-rue", Events.newId(), THIS_MONTH.atDay(1)),
                Events.followUp("infirmiers-de-rue", Events.newId(), THIS_MONTH.atDay(1)));

        http.perform(putJson("{\"from\":\"" + THIS_MONTH + "\",\"targets\":{\"tenantsMetIndividually\": 2}}")
                        .with(chloe()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation").value("infirmiers-de-rue"))
                .andExpect(jsonPath("$.targets.tenantsMetIndividually.target").value(2))
                .andExpect(jsonPath("$.targets.tenantsMetIndividually.from").value(THIS_MONTH.toString()));
        http.perform(putJson("{\"from\":\"" + NEXT_MONTH + "\",\"targets\":{\"tenantsMetIndividually\": 30,"
                        + "\"distinctPlaces\": 4}}").with(chloe()))
                .andExpect(status().isOk())
                // this month still measures against 2; next month's targets are in the history only
                .andExpect(jsonPath("$.targets.tenantsMetIndividually.target").value(2))
                .andExpect(jsonPath("$.targets.distinctPlaces.target").isEmpty())
                .andExpect(jsonPath("$.history[?(@.indicator == 'tenantsMetIndividually')].target",
                        containsInAnyOrder(2, 30)))
                .andExpect(jsonPath("$.history[?(@.target == 30)].from").value(NEXT_MONTH.toString()))
                .andExpect(jsonPath("$.history[?(@.target == 30)].setBy").isNotEmpty());

        http.perform(get("/api/reports/monthly").param("month", THIS_MONTH.toString()).with(chloe()))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.value").value(2))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.target").value(2))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.met").value(true));
        // last month had no target: setting one from this month on does not reach back
        http.perform(get("/api/reports/monthly").param("month", THIS_MONTH.minusMonths(1).toString()).with(chloe()))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.target").isEmpty());
        http.perform(get(URL).with(CHLOE_COLLEAGUE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets.tenantsMetIndividually.target").value(2));
        TargetHistory history = targets.history(Scope.organisation("infirmiers-de-rue"));
        assertThat(history.at(NEXT_MONTH)).containsEntry(Indicator.TENANTS_MET_INDIVIDUALLY, 30)
                .containsEntry(Indicator.DISTINCT_PLACES, 4);
        assertThat(history.at(THIS_MONTH.minusMonths(1))).doesNotContainKey(Indicator.TENANTS_MET_INDIVIDUALLY);
    }

    @Test
    void dated_targets_apply_from_their_month_on_and_null_ends_one() {
        Scope scope = Scope.organisation("dated-" + Events.newId());
        YearMonth march = YearMonth.of(2031, 3);
        targets.set(scope, march, java.util.Map.of(Indicator.DISTINCT_PLACES, 5), new be.foyer.platform.domain.Author("u1", "u1"), java.time.Instant.now());
        java.util.Map<Indicator, Integer> ended = new java.util.HashMap<>();
        ended.put(Indicator.DISTINCT_PLACES, null);
        targets.set(scope, march.plusMonths(3), ended, new be.foyer.platform.domain.Author("u1", "u1"), java.time.Instant.now());
        targets.set(scope, march.plusMonths(1), java.util.Map.of(Indicator.DISTINCT_PLACES, 7), new be.foyer.platform.domain.Author("u2", "u2"), java.time.Instant.now());

        TargetHistory history = targets.history(scope);
        assertThat(history.at(march.minusMonths(1))).isEmpty();
        assertThat(history.at(march)).containsEntry(Indicator.DISTINCT_PLACES, 5);
        assertThat(history.at(march.plusMonths(2))).containsEntry(Indicator.DISTINCT_PLACES, 7);
        assertThat(history.at(march.plusMonths(3))).isEmpty();
        assertThat(history.entries()).hasSize(3);
    }

    @Test
    void targets_set_before_they_were_dated_apply_from_the_first_month_on() {
        String organisation = "undated-" + Events.newId();
        database.getCollection(Targets.UNDATED).insertOne(new Document("_id", organisation).append("distinctPlaces", 3));

        TargetHistory history = new Targets(database).history(Scope.organisation(organisation));

        assertThat(history.at(YearMonth.of(2001, 1))).containsEntry(Indicator.DISTINCT_PLACES, 3);
        assertThat(history.entries()).singleElement().satisfies(entry -> assertThat(entry.from()).isNull());
        assertThat(database.getCollection(Targets.UNDATED).countDocuments(new Document("_id", organisation))).isZero();
    }

    @Test
    void organisations_have_no_default_targets() throws Exception {
        http.perform(get(URL).with(TestTokens.user("hugo", "staff", "a-toi-mon-toit")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation").value("a-toi-mon-toit"))
                .andExpect(jsonPath("$.targets.distinctParticipants.target").isEmpty())
                .andExpect(jsonPath("$.targets.tenantsMetIndividually.target").isEmpty())
                .andExpect(jsonPath("$.history").isEmpty());
    }

    @Test
    void the_programmes_targets_come_from_its_configuration_and_its_leads_coordinators_change_them() throws Exception {
        http.perform(get(URL).param("programme", PROGRAMME).with(farid()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programme").value(PROGRAMME))
                .andExpect(jsonPath("$.targets.distinctParticipants.target").value(40))
                .andExpect(jsonPath("$.targets.distinctParticipants.from").isEmpty())
                .andExpect(jsonPath("$.targets.transversalTeamMeetings.target").value(4))
                .andExpect(jsonPath("$.history[?(@.indicator == 'councilMeetings')].setBy").value("configuration"));

        String far = THIS_MONTH.plusMonths(20).toString();
        http.perform(put(URL).param("programme", PROGRAMME).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"" + far + "\",\"targets\":{\"distinctPlaces\": 12}}").with(SMES_COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets.distinctPlaces.target").value(10))
                .andExpect(jsonPath("$.history[?(@.target == 12)].from").value(far));
        // a member's coordinator reads but does not set; a non-member gets 404
        http.perform(put(URL).param("programme", PROGRAMME).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"" + far + "\",\"targets\":{\"distinctPlaces\": 1}}").with(chloe()))
                .andExpect(status().isForbidden());
        http.perform(put(URL).param("programme", PROGRAMME).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"" + far + "\",\"targets\":{\"distinctPlaces\": 1}}")
                        .with(TestTokens.user("hector", "coordinator", "habitat-et-humanisme")))
                .andExpect(status().isNotFound());
        http.perform(get(URL).param("programme", PROGRAMME).with(TestTokens.user("hugo", "staff", "a-toi-mon-toit")))
                .andExpect(status().isNotFound());
        http.perform(get(URL).param("programme", "nothing").with(gina()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("programme"));
        assertThat(targets.history(Scope.organisation("smes")).entries()).isEmpty();
    }

    @Test
    void a_wrong_body_is_refused_naming_every_wrong_field_and_nothing_changes() throws Exception {
        RequestPostProcessor coordinator = TestTokens.user("nora", "coordinator", "new-samusocial");
        String past = THIS_MONTH.minusMonths(1).toString();
        http.perform(putJson("{\"from\":\"" + past + "\",\"targets\":{\"councilMeetings\": 4, \"distinctPlaces\": -1,"
                        + "\"oneOffActivities\": 2.5, \"happiness\": 3}, \"colour\": 1}").with(coordinator))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("from", "targets.distinctPlaces",
                        "targets.oneOffActivities", "targets.happiness", "colour")));
        http.perform(putJson("{\"targets\":{\"councilMeetings\": \"ten\"}}").with(coordinator))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("from", "targets.councilMeetings")));
        http.perform(putJson("{\"from\":\"2026-13\"}").with(coordinator))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("from", "targets")));
        http.perform(putJson("{\"from\": ").with(coordinator)).andExpect(status().isBadRequest());

        assertThat(targets.history(Scope.organisation("new-samusocial")).entries()).isEmpty();
    }

    @Test
    void only_coordinators_change_targets_and_facilitators_and_the_analyst_read_programmes_only() throws Exception {
        String body = "{\"from\":\"" + NEXT_MONTH + "\",\"targets\":{\"distinctPlaces\": 1}}";
        http.perform(putJson(body).with(alice())).andExpect(status().isForbidden());
        http.perform(putJson(body).with(gina())).andExpect(status().isForbidden());
        http.perform(putJson(body).with(eva())).andExpect(status().isForbidden());
        http.perform(putJson(body)).andExpect(status().isUnauthorized());
        http.perform(get(URL).with(gina())).andExpect(status().isForbidden());
        http.perform(get(URL).with(farid())).andExpect(status().isForbidden());
        http.perform(get(URL).with(eva())).andExpect(status().isForbidden());
        http.perform(get(URL)).andExpect(status().isUnauthorized());
        http.perform(get(URL).param("programme", PROGRAMME).with(gina())).andExpect(status().isOk());
        assertThat(targets.history(Scope.organisation("smes")).entries()).isEmpty();
    }
}
