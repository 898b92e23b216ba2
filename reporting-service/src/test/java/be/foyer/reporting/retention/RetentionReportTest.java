package be.foyer.reporting.retention;

import be.foyer.events.BrusselsTime;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static be.foyer.platform.test.TestTokens.hugo;
import static be.foyer.reporting.Events.tenancyEnded;
import static be.foyer.reporting.Events.tenancyStarted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

import com.mongodb.client.MongoDatabase;

import be.foyer.events.EventEnvelope;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.reporting.Events;
import be.foyer.reporting.Projected;
import be.foyer.reporting.ReportMonth;
import be.foyer.reporting.csv.Rfc4180Reader;

/**
 * Retention relative to the service's clock: a cohort 30 months old is observed at 6, 12 and 24 months, last month's
 * is not observable yet. Only a-toi-mon-toit's tenancies of those months come from this test.
 */
@FoyerServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionReportTest {

    private static final String URL = "/api/reports/retention";
    private static final String ORGANISATION = "a-toi-mon-toit";

    private final YearMonth old = YearMonth.now(BrusselsTime.ZONE).minusMonths(30);
    private final YearMonth recent = YearMonth.now(BrusselsTime.ZONE).minusMonths(1);
    private final List<String> tenantIds = new ArrayList<>();

    @Autowired
    MockMvc http;

    @Autowired
    MongoDatabase database;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @BeforeAll
    void publishTenancies() {
        List<EventEnvelope<?>> events = new ArrayList<>();
        // six moved in 30 months ago: one left after 2 months, one after 9, the others stay
        for (int i = 0; i < 6; i++) {
            String tenancyId = Events.newId();
            String tenantId = Events.newId();
            tenantIds.add(tenantId);
            LocalDate moveIn = old.atDay(1 + i);
            events.add(tenancyStarted(ORGANISATION, tenancyId, tenantId, moveIn));
            if (i < 2) {
                events.add(tenancyEnded(ORGANISATION, tenancyId, tenantId, moveIn, moveIn.plusMonths(i == 0 ? 2 : 9),
                        "MOVED_ON"));
            }
        }
        String tenantId = Events.newId();
        tenantIds.add(tenantId);
        events.add(tenancyStarted(ORGANISATION, Events.newId(), tenantId, recent.atDay(1)));
        Projected.publishAndAwait(kafka, database, events.toArray(EventEnvelope[]::new));
    }

    @Test
    void an_old_cohort_is_observed_and_a_recent_one_says_it_is_not_yet_observable() throws Exception {
        String cohort = "$.byMonth[?(@.cohort == '" + old + "')]";
        String body = http.perform(get(URL).with(hugo()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value(ORGANISATION))
                .andExpect(jsonPath(cohort + ".movedIn").value(6))
                .andExpect(jsonPath(cohort + ".after6Months.status").value("observed"))
                .andExpect(jsonPath(cohort + ".after6Months.stillHoused").value(5))
                .andExpect(jsonPath(cohort + ".after6Months.share").value(0.833))
                .andExpect(jsonPath(cohort + ".after12Months.stillHoused").value(4))
                .andExpect(jsonPath(cohort + ".after24Months.stillHoused").value(4))
                .andExpect(jsonPath(cohort + ".after24Months.share").value(0.667))
                .andExpect(jsonPath("$.byMonth[?(@.cohort == '" + recent + "')].after6Months.status")
                        .value("notYetObservable"))
                .andExpect(jsonPath("$.byMonth[?(@.cohort == '" + recent + "')].after6Months.share").isEmpty())
                .andExpect(jsonPath("$.byMonth[?(@.cohort == '" + recent + "')].after6Months.observableFrom")
                        .value(recent.atEndOfMonth().plusMonths(6).toString()))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(tenantIds);
    }

    @Test
    void the_analyst_sees_the_federation_with_small_counts_and_what_would_give_them_away_hidden() throws Exception {
        String cohort = "$.byMonth[?(@.cohort == '" + old + "')]";
        http.perform(get(URL).with(gina()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value("federation"))
                .andExpect(jsonPath(cohort + ".movedIn").value(6))
                // one of six left: 5 housed would say so
                .andExpect(jsonPath(cohort + ".after6Months.stillHoused").value("<5"))
                .andExpect(jsonPath(cohort + ".after6Months.share").doesNotExist())
                .andExpect(jsonPath("$.byMonth[?(@.cohort == '" + recent + "')].movedIn").value("<5"));
        http.perform(get(URL).param("organisation", ORGANISATION).with(gina()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value(ORGANISATION));
    }

    @Test
    void as_csv_it_parses_back_one_row_per_cohort_and_horizon() throws Exception {
        String csv = http.perform(get(URL).accept("text/csv").with(hugo()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<List<String>> records = Rfc4180Reader.read(csv, ',');

        assertThat(records.get(0)).containsExactly("scope", "asOf", "period", "cohort", "movedIn", "months", "status",
                "stillHoused", "share", "observableFrom");
        assertThat(records).anySatisfy(record -> assertThat(record.subList(2, 9))
                .containsExactly("month", old.toString(), "6", "24", "observed", "4", "0.667"));
    }

    @Test
    void another_organisation_is_404_and_roles_without_reports_403() throws Exception {
        http.perform(get(URL).param("organisation", "smes").with(hugo())).andExpect(status().isNotFound());
        http.perform(get(URL).param("organisation", "nowhere").with(hugo())).andExpect(status().isBadRequest());
        http.perform(get(URL).with(eva())).andExpect(status().isForbidden());
        http.perform(get(URL).with(farid())).andExpect(status().isForbidden());
        http.perform(get(URL)).andExpect(status().isUnauthorized());
    }
}
