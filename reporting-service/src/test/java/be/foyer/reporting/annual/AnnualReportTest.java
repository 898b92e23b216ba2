package be.foyer.reporting.annual;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.chloe;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static be.foyer.reporting.Events.followUp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;

import be.foyer.events.EventEnvelope;
import be.foyer.events.activities.ActivityHeld;
import be.foyer.events.activities.CouncilDecisionRecorded;
import be.foyer.events.activities.CouncilMeetingHeld;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.reporting.Events;
import be.foyer.reporting.Projected;

/**
 * The annual report of smes for 2017 (a year no other test uses), from a small hand-made year: three tenants met
 * over two months (the year counts three people, the months 2 + 2), a weekly workshop held twice, a one-off outing,
 * two transversal team meetings, a council meeting with decisions, and a move-in.
 */
@FoyerServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportTest {

    private static final String URL = "/api/reports/annual";
    private static final String YEAR = "2017";
    private static final String FEDERATION_KEY = "fk-" + Events.newId();

    private final String first = Events.newId();
    private final String second = Events.newId();
    private final String third = Events.newId();

    @Autowired
    MockMvc http;

    @Autowired
    MongoDatabase database;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @BeforeAll
    void aYearOfSmes() {
        String workshop = Events.newId();
        String meeting = Events.newId();
        String decision = Events.newId();
        String teamMeeting = Events.newId();
        Projected.publishAndAwait(kafka, database,
                Events.tenantRegistered("smes", first, LocalDate.of(2016, 12, 1), FEDERATION_KEY),
                followUp("smes", first, LocalDate.of(2017, 1, 3)),
                followUp("smes", second, LocalDate.of(2017, 1, 20)),
                followUp("smes", first, LocalDate.of(2017, 3, 2)),
                followUp("smes", third, LocalDate.of(2017, 3, 9)),
                held(workshop, "WORKSHOP", true, LocalDate.of(2017, 1, 5)),
                held(workshop, "WORKSHOP", true, LocalDate.of(2017, 1, 12)),
                held(Events.newId(), "OUTING", false, LocalDate.of(2017, 3, 18)),
                held(teamMeeting, ActivitiesHeld.TEAM_MEETING, true, LocalDate.of(2017, 1, 10)),
                held(teamMeeting, ActivitiesHeld.TEAM_MEETING, true, LocalDate.of(2017, 1, 17)),
                EventEnvelope.of("smes", new CouncilMeetingHeld(meeting, LocalDate.of(2017, 2, 14),
                        List.of("smes", "diogenes"), 9), Instant.now()),
                decision(decision, meeting, "smes", "OPEN"),
                decision(Events.newId(), meeting, "smes", "IN_PROGRESS"),
                decision(Events.newId(), meeting, "diogenes", "DROPPED"),
                Events.tenancyStarted("smes", Events.newId(), first, LocalDate.of(2017, 2, 10)));
        // the decision followed up later: published again with its new status, same partition (the meeting)
        Projected.publishAndAwait(kafka, database, decision(decision, meeting, "smes", "DONE"));
    }

    private static EventEnvelope<ActivityHeld> held(String activityId, String category, boolean recurring,
            LocalDate heldOn) {
        return EventEnvelope.of("smes", new ActivityHeld(activityId, Events.newId(), category, recurring, heldOn,
                null, null), Instant.now());
    }

    private static EventEnvelope<CouncilDecisionRecorded> decision(String decisionId, String meetingId,
            String owner, String status) {
        return EventEnvelope.of("smes", new CouncilDecisionRecorded(decisionId, meetingId, owner, 7, 1, 1,
                LocalDate.of(2017, 6, 30), status), Instant.now());
    }

    @Test
    void the_year_gives_each_month_as_the_monthly_report_and_counts_people_once_over_the_year() throws Exception {
        String body = http.perform(get(URL).param("year", YEAR).with(alice()))
                .andExpect(status().isOk())
                // organisations have no default targets (issue 12): smes set none
                .andExpect(jsonPath("$.months[0].indicators.tenantsMetIndividually.target").doesNotExist())
                .andExpect(jsonPath("$.months[0].indicators.tenantsMetIndividually.met").doesNotExist())
                .andExpect(jsonPath("$.name").doesNotExist())
                .andExpect(jsonPath("$.countedWithoutKey").doesNotExist())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.year").value(2017))
                .andExpect(jsonPath("$.scope").value("smes"))
                .andExpect(jsonPath("$.kind").value("organisation"))
                .andExpect(jsonPath("$.months.length()").value(12))
                .andExpect(jsonPath("$.months[0].indicators.tenantsMetIndividually.value").value(2))
                .andExpect(jsonPath("$.months[2].indicators.tenantsMetIndividually.value").value(2))
                .andExpect(jsonPath("$.overTheYear.indicators.tenantsMetIndividually.value").value(3))
                .andExpect(jsonPath("$.overTheYear.indicators.oneOffActivities.value").value(1))
                .andExpect(jsonPath("$.overTheYear.indicators.councilMeetings.value").value(1))
                .andExpect(jsonPath("$.overTheYear.indicators.moveIns.value").value(1))
                .andExpect(jsonPath("$.activitiesHeld.byCategory.WORKSHOP").value(1))
                .andExpect(jsonPath("$.activitiesHeld.byCategory.OUTING").value(1))
                .andExpect(jsonPath("$.activitiesHeld.byCategory.TEAM_MEETING").doesNotExist())
                .andExpect(jsonPath("$.activitiesHeld.recurring").value(1))
                .andExpect(jsonPath("$.activitiesHeld.oneOff").value(1))
                .andExpect(jsonPath("$.activitiesHeld.teamMeetings").value(2))
                .andExpect(jsonPath("$.councilDecisions.OPEN").value(0))
                .andExpect(jsonPath("$.councilDecisions.IN_PROGRESS").value(1))
                .andExpect(jsonPath("$.councilDecisions.DONE").value(1))
                .andExpect(jsonPath("$.councilDecisions.DROPPED").value(0))
                .andExpect(jsonPath("$.retention.byQuarter[0].cohort").value("2017-Q1"))
                .andExpect(jsonPath("$.retention.byQuarter[0].movedIn").value(1))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(first, second, third, FEDERATION_KEY);

        for (int month = 0; month < 12; month++) {
            String name = JsonPath.read(body, "$.months[" + month + "].month");
            String monthly = http.perform(get("/api/reports/monthly").param("month", name).with(alice()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Map<String, Object> expected = JsonPath.read(monthly, "$.indicators");
            Map<String, Object> actual = JsonPath.read(body, "$.months[" + month + "].indicators");
            assertThat(actual).as(name).isEqualTo(expected);
        }
    }

    @Test
    void the_analyst_sees_small_counts_of_people_hidden_with_nothing_next_to_them_and_other_counts_as_they_are()
            throws Exception {
        http.perform(get(URL).param("year", YEAR).param("organisation", "smes").with(gina()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.months[0].indicators.tenantsMetIndividually.value").value("<5"))
                .andExpect(jsonPath("$.months[0].indicators.tenantsMetIndividually.target").doesNotExist())
                .andExpect(jsonPath("$.months[0].indicators.tenantsMetIndividually.met").doesNotExist())
                .andExpect(jsonPath("$.months[1].indicators.councilMeetings.value").value(1))
                .andExpect(jsonPath("$.months[1].indicators.councilMeetings.target").doesNotExist())
                .andExpect(jsonPath("$.months[1].indicators.councilMeetings.met").doesNotExist())
                .andExpect(jsonPath("$.overTheYear.indicators.tenantsMetIndividually.value").value("<5"))
                .andExpect(jsonPath("$.overTheYear.indicators.councilMeetings.value").value(1))
                .andExpect(jsonPath("$.retention.byQuarter[0].movedIn").value("<5"))
                .andExpect(jsonPath("$.councilDecisions.DONE").value(1));
    }

    @Test
    void another_organisation_is_404_a_non_member_400_and_roles_without_reports_403() throws Exception {
        http.perform(get(URL).param("year", YEAR).param("organisation", "smes").with(bruno()))
                .andExpect(status().isNotFound());
        http.perform(pdf().param("year", YEAR).param("organisation", "smes").with(bruno()))
                .andExpect(status().isNotFound());
        http.perform(get(URL).param("year", YEAR).param("organisation", "nowhere").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisation"));
        http.perform(get(URL).param("year", YEAR).with(chloe()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value("infirmiers-de-rue"))
                .andExpect(jsonPath("$.overTheYear.indicators.tenantsMetIndividually.value").value(0));
        http.perform(get(URL).param("year", YEAR).with(farid())).andExpect(status().isForbidden());
        http.perform(get(URL).param("year", YEAR).with(eva())).andExpect(status().isForbidden());
        http.perform(pdf().param("year", YEAR).with(farid())).andExpect(status().isForbidden());
        http.perform(get(URL).param("year", YEAR)).andExpect(status().isUnauthorized());
    }

    @Test
    void a_missing_malformed_or_future_year_is_400_naming_year_and_a_bad_language_naming_lang() throws Exception {
        for (String year : new String[] {null, "17", "2017-01", "abcd", "2999", "1999"}) {
            MockHttpServletRequestBuilder request = get(URL).with(alice());
            if (year != null) {
                request.param("year", year);
            }
            http.perform(request)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("year"));
        }
        http.perform(pdf().param("year", YEAR).param("lang", "de").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lang"));
        http.perform(get(URL).param("year", "17").param("programme", "nothing").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("year", "programme")));
    }

    @Test
    void the_funders_pdf_in_french_holds_the_headings_and_figures_without_targets_and_no_tenant_id_or_key() throws Exception {
        String text = pdfText(pdf().param("year", YEAR).with(alice()));
        assertThat(text).contains("Rapport annuel d'activité", "Année 2017", "Smes", "Indicateurs par mois",
                "Locataires rencontrés individuellement", "2 / —", "Graphiques mensuels",
                "Maintien dans le logement", "2017-Q1", "Activités organisées", "Atelier", "Sortie",
                "Réunions d'équipe transversale tenues", "Décisions du conseil", "Réalisée", "En cours");
        assertThat(text).doesNotContain(first, second, third, FEDERATION_KEY);
    }

    @Test
    void the_funders_pdf_in_dutch_and_for_the_analyst_with_the_same_suppression_as_the_json() throws Exception {
        String dutch = pdfText(pdf().param("year", YEAR).param("lang", "nl").with(alice()));
        assertThat(dutch).contains("Jaarlijks activiteitenverslag", "Jaar 2017", "Indicatoren per maand",
                "Individueel ontmoete huurders", "2 / —", "Woonbehoud", "Georganiseerde activiteiten", "Workshop",
                "Uitstap", "Beslissingen van de raad", "Uitgevoerd", "Lopend");
        assertThat(dutch).doesNotContain(first, second, third, FEDERATION_KEY, "Rapport annuel");

        String analyst = pdfText(pdf().param("year", YEAR).param("organisation", "smes").with(gina()));
        assertThat(analyst).contains("Locataires rencontrés individuellement <5 / —")
                .doesNotContain("Locataires rencontrés individuellement 2 / —");
    }

    private static MockHttpServletRequestBuilder pdf() {
        return get(URL).accept(MediaType.APPLICATION_PDF);
    }

    private String pdfText(MockHttpServletRequestBuilder request) throws Exception {
        byte[] pdf = http.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        return text(pdf);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
