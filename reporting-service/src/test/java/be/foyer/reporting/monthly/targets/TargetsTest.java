package be.foyer.reporting.monthly.targets;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.chloe;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

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
import be.foyer.reporting.monthly.Indicator;

/** Coordinators set their own organisation's targets; the monthly report measures against them. */
@FoyerServiceTest
class TargetsTest {

    private static final String URL = "/api/reports/targets";

    /** chloe is the coordinator of infirmiers-de-rue; this one is a staff member of the same organisation. */
    private static final RequestPostProcessor CHLOE_COLLEAGUE = TestTokens.user("ines", "staff", "infirmiers-de-rue");

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
    void a_coordinator_sets_targets_that_the_report_measures_against_and_null_restores_the_default() throws Exception {
        Projected.publishAndAwait(kafka, database,
                Events.followUp("infirmiers-de-rue", Events.newId(), LocalDate.of(2023, 9, 2)),
                Events.followUp("infirmiers-de-rue", Events.newId(), LocalDate.of(2023, 9, 3)));

        http.perform(putJson("{\"tenantsMetIndividually\": 2, \"oneOffActivities\": 5}").with(chloe()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation").value("infirmiers-de-rue"))
                .andExpect(jsonPath("$.targets.tenantsMetIndividually.target").value(2))
                .andExpect(jsonPath("$.targets.tenantsMetIndividually.defaultTarget").value(20))
                .andExpect(jsonPath("$.targets.oneOffActivities.target").value(5))
                .andExpect(jsonPath("$.targets.distinctPlaces.target").value(10));
        http.perform(get("/api/reports/monthly").param("month", "2023-09").with(chloe()))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.value").value(2))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.target").value(2))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.met").value(true));
        http.perform(get(URL).with(CHLOE_COLLEAGUE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets.oneOffActivities.target").value(5));

        http.perform(putJson("{\"tenantsMetIndividually\": null}").with(chloe()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets.tenantsMetIndividually.target").value(20))
                .andExpect(jsonPath("$.targets.oneOffActivities.target").value(5));
    }

    @Test
    void another_organisation_keeps_its_own_targets() throws Exception {
        RequestPostProcessor diogenesCoordinator = TestTokens.user("denis", "coordinator", "diogenes");
        http.perform(putJson("{\"distinctPlaces\": 3}").with(diogenesCoordinator))
                .andExpect(status().isOk());

        http.perform(get(URL).with(alice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation").value("smes"))
                .andExpect(jsonPath("$.targets.distinctPlaces.target").value(10));
        http.perform(get(URL).with(bruno()))
                .andExpect(jsonPath("$.organisation").value("diogenes"))
                .andExpect(jsonPath("$.targets.distinctPlaces.target").value(3));
        assertThat(targets.of("smes").get(Indicator.DISTINCT_PLACES)).isEqualTo(10);
    }

    @Test
    void a_negative_target_or_an_unknown_indicator_is_refused_naming_it_and_nothing_changes() throws Exception {
        RequestPostProcessor coordinator = TestTokens.user("nora", "coordinator", "new-samusocial");
        http.perform(putJson("{\"councilMeetings\": 2}").with(coordinator)).andExpect(status().isOk());

        for (String bad : new String[] {
                "{\"councilMeetings\": 4, \"distinctPlaces\": -1}",
                "{\"councilMeetings\": 4, \"distinctPlaces\": 2.5}",
                "{\"councilMeetings\": 4, \"distinctPlaces\": \"ten\"}"}) {
            http.perform(putJson(bad).with(coordinator))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("distinctPlaces"));
        }
        http.perform(putJson("{\"councilMeetings\": 4, \"happiness\": 3}").with(coordinator))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("happiness"));
        http.perform(putJson("{\"councilMeetings\": ").with(coordinator))
                .andExpect(status().isBadRequest());

        assertThat(targets.of("new-samusocial").get(Indicator.COUNCIL_MEETINGS)).isEqualTo(2);
        assertThat(targets.of("new-samusocial").get(Indicator.DISTINCT_PLACES)).isEqualTo(10);
    }

    @Test
    void only_coordinators_change_targets_and_only_staff_and_coordinators_read_them() throws Exception {
        http.perform(putJson("{\"distinctPlaces\": 1}").with(alice())).andExpect(status().isForbidden());
        http.perform(putJson("{\"distinctPlaces\": 1}").with(gina())).andExpect(status().isForbidden());
        http.perform(putJson("{\"distinctPlaces\": 1}").with(eva())).andExpect(status().isForbidden());
        http.perform(putJson("{\"distinctPlaces\": 1}")).andExpect(status().isUnauthorized());
        http.perform(get(URL).with(gina())).andExpect(status().isForbidden());
        http.perform(get(URL).with(farid())).andExpect(status().isForbidden());
        http.perform(get(URL).with(eva())).andExpect(status().isForbidden());
        http.perform(get(URL)).andExpect(status().isUnauthorized());
        assertThat(targets.of("smes").get(Indicator.DISTINCT_PLACES)).isEqualTo(10);
    }
}
