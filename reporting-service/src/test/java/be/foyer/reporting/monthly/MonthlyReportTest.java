package be.foyer.reporting.monthly;

import be.foyer.events.BrusselsTime;
import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.chloe;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static be.foyer.reporting.Events.followUp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import be.foyer.events.EventEnvelope;
import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TestTokens;
import be.foyer.platform.test.TopicProbe;
import be.foyer.reporting.Events;
import be.foyer.reporting.ReportMonth;
import be.foyer.reporting.projection.FollowUpFacts;

/**
 * The test contexts share one database, and report requests may only name the six member organisations: each test
 * takes months of its own.
 */
@FoyerServiceTest
class MonthlyReportTest {

    private static final String URL = "/api/reports/monthly";

    @Autowired
    MockMvc http;

    @Autowired
    FollowUpFacts facts;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @SafeVarargs
    private void publishAndAwait(EventEnvelope<FollowUpRecorded>... events) {
        TopicProbe probe = new TopicProbe(kafka);
        for (EventEnvelope<FollowUpRecorded> event : events) {
            probe.send(event);
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> List.of(events).stream().allMatch(event -> facts.exists(event.payload().followUpId())));
    }

    @Test
    void tenants_met_individually_counts_each_tenant_once_in_the_month_of_their_follow_ups() throws Exception {
        String often = Events.newId();
        String elsewhen = Events.newId();
        publishAndAwait(
                followUp("smes", often, LocalDate.of(2025, 1, 3)),
                followUp("smes", often, LocalDate.of(2025, 1, 31)),
                followUp("smes", elsewhen, LocalDate.of(2025, 2, 1)));

        String body = http.perform(get(URL).param("month", "2025-01").with(alice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.month").value("2025-01"))
                .andExpect(jsonPath("$.organisation").value("smes"))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.value").value(1))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.target").isEmpty())
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.met").isEmpty())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(often).doesNotContain(elsewhen);

        http.perform(get(URL).param("month", "2025-02").with(alice()))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.value").value(1));
        http.perform(get(URL).param("month", "2025-01").param("organisation", "smes").with(alice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.value").value(1));
    }

    @Test
    void another_organisation_sees_its_own_count_404_for_the_other_and_400_for_a_non_member() throws Exception {
        publishAndAwait(
                followUp("smes", Events.newId(), LocalDate.of(2025, 3, 10)),
                followUp("smes", Events.newId(), LocalDate.of(2025, 3, 11)));

        http.perform(get(URL).param("month", "2025-03").with(alice()))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.value").value(2));
        http.perform(get(URL).param("month", "2025-03").with(bruno()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation").value("diogenes"))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.value").value(0));
        http.perform(get(URL).param("month", "2025-03").param("organisation", "smes").with(bruno()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get(URL).param("month", "2025-03").param("organisation", "nowhere").with(bruno()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisation"));
        http.perform(get(URL).param("month", "2025-03").with(chloe()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation").value("infirmiers-de-rue"));
    }

    @Test
    void the_federation_analyst_names_an_organisation_and_sees_small_counts_suppressed() throws Exception {
        publishAndAwait(
                followUp("smes", Events.newId(), LocalDate.of(2025, 4, 1)),
                followUp("smes", Events.newId(), LocalDate.of(2025, 4, 2)));

        http.perform(get(URL).param("month", "2025-04").param("organisation", "smes").with(gina()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation").value("smes"))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.value").value("<5"))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.target").isEmpty())
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.met").isEmpty());
        http.perform(get(URL).param("month", "2025-04").param("organisation", "diogenes").with(gina()))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.value").value(0));
        http.perform(get(URL).param("month", "2025-04").with(gina()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("organisation"));
        http.perform(get(URL).param("month", "2025-04").param("organisation", "nowhere").with(gina()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisation"));
    }

    @Test
    void the_federation_analyst_sees_counts_of_five_and_more_as_they_are() throws Exception {
        @SuppressWarnings("unchecked")
        EventEnvelope<FollowUpRecorded>[] five = new EventEnvelope[5];
        for (int i = 0; i < five.length; i++) {
            five[i] = followUp("diogenes", Events.newId(), LocalDate.of(2025, 5, 1 + i));
        }
        publishAndAwait(five);

        http.perform(get(URL).param("month", "2025-05").param("organisation", "diogenes").with(gina()))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.value").value(5));
        http.perform(get(URL).param("month", "2025-05").with(bruno()))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.value").value(5));
    }

    @Test
    void a_month_must_be_given_well_formed_and_not_in_the_future() throws Exception {
        String next = YearMonth.now(BrusselsTime.ZONE).plusMonths(1).toString();
        for (String bad : new String[] {"2026-13", "abc", "", next}) {
            http.perform(get(URL).param("month", bad).with(alice()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("month"));
        }
        http.perform(get(URL).with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("month"));
        http.perform(get(URL).param("month", YearMonth.now(BrusselsTime.ZONE).toString()).with(alice()))
                .andExpect(status().isOk());
    }

    @Test
    void who_may_not_read_reports_is_told_so() throws Exception {
        http.perform(get(URL).param("month", "2025-01"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get(URL).param("month", "2025-01").with(farid()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get(URL).param("month", "2025-01").with(eva()))
                .andExpect(status().isForbidden());
        http.perform(get(URL).param("month", "2025-01").with(TestTokens.user("nobody", "staff")))
                .andExpect(status().isForbidden());
    }
}
