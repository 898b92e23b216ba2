package be.foyer.reporting.annual;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.chloe;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static be.foyer.platform.test.TestTokens.hugo;
import static be.foyer.reporting.Events.accompaniment;
import static be.foyer.reporting.Events.activityHeld;
import static be.foyer.reporting.Events.councilMeeting;
import static be.foyer.reporting.Events.followUp;
import static be.foyer.reporting.Events.tenantRegistered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.reporting.Events;
import be.foyer.reporting.Projected;

/**
 * The re-affiliation programme's year 2018 (a year no other test uses): seven tenants of three members met in March,
 * two of them the same person by federation key (six people), four of them again in May (the year: six people, not
 * ten); the same museum visited by smes and diogenes (one place); a workshop of smes and an outing of new-samusocial;
 * a non-member's activity and follow-up that the programme leaves out.
 */
@FoyerServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeAnnualReportTest {

    private static final String URL = "/api/reports/annual";
    private static final String YEAR = "2018";
    private static final String PROGRAMME = "reaffiliation-hf";
    private static final String KEY = "fk-" + Events.newId();

    private final String smesKeyed = Events.newId();
    private final String diogenesKeyed = Events.newId();
    private final List<String> others = List.of(Events.newId(), Events.newId(), Events.newId(), Events.newId(),
            Events.newId());

    @Autowired
    MockMvc http;

    @Autowired
    MongoDatabase database;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @BeforeAll
    void aYearOfTheProgramme() {
        String workshop = Events.newId();
        List<EventEnvelope<?>> events = new ArrayList<>(List.of(
                // one person followed by smes and diogenes, known by the same federation key
                tenantRegistered("smes", smesKeyed, LocalDate.of(2018, 1, 2), KEY),
                tenantRegistered("diogenes", diogenesKeyed, LocalDate.of(2018, 1, 2), KEY),
                accompaniment("smes", smesKeyed, LocalDate.of(2018, 3, 5), "place-atomium", "CULTURE"),
                accompaniment("diogenes", diogenesKeyed, LocalDate.of(2018, 3, 6), "place-atomium", "CULTURE"),
                followUp("smes", others.get(0), LocalDate.of(2018, 3, 7)),
                followUp("infirmiers-de-rue", others.get(1), LocalDate.of(2018, 3, 7)),
                followUp("infirmiers-de-rue", others.get(2), LocalDate.of(2018, 3, 8)),
                followUp("new-samusocial", others.get(3), LocalDate.of(2018, 3, 9)),
                followUp("new-samusocial", others.get(4), LocalDate.of(2018, 3, 9)),
                followUp("habitat-et-humanisme", Events.newId(), LocalDate.of(2018, 3, 9)),
                activityHeld("smes", workshop, true, LocalDate.of(2018, 3, 12)),
                activityHeld("smes", workshop, true, LocalDate.of(2018, 3, 19)),
                activityHeld("new-samusocial", Events.newId(), false, LocalDate.of(2018, 3, 24)),
                activityHeld("habitat-et-humanisme", Events.newId(), false, LocalDate.of(2018, 3, 24)),
                councilMeeting(LocalDate.of(2018, 3, 27), "smes", "diogenes")));
        // May: four of them again, so the year's six people are fewer than the sum of the months
        events.add(followUp("smes", others.get(0), LocalDate.of(2018, 5, 14)));
        events.add(followUp("infirmiers-de-rue", others.get(1), LocalDate.of(2018, 5, 14)));
        events.add(followUp("infirmiers-de-rue", others.get(2), LocalDate.of(2018, 5, 15)));
        events.add(followUp("new-samusocial", others.get(3), LocalDate.of(2018, 5, 16)));
        Projected.publishAndAwait(kafka, database, events.toArray(EventEnvelope[]::new));
    }

    @Test
    void the_programme_year_is_its_monthly_reports_month_by_month_with_people_once_over_the_year() throws Exception {
        String body = http.perform(get(URL).param("year", YEAR).param("programme", PROGRAMME).with(chloe()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2018))
                .andExpect(jsonPath("$.scope").value(PROGRAMME))
                .andExpect(jsonPath("$.kind").value("programme"))
                .andExpect(jsonPath("$.name.fr").value("Projet de réaffiliation sociale Housing First"))
                .andExpect(jsonPath("$.organisations", containsInAnyOrder("smes", "diogenes", "infirmiers-de-rue",
                        "new-samusocial")))
                .andExpect(jsonPath("$.months.length()").value(12))
                // targets from the programme's configuration
                .andExpect(jsonPath("$.months[2].indicators.tenantsMetIndividually.value").value(6))
                .andExpect(jsonPath("$.months[2].indicators.tenantsMetIndividually.target").value(20))
                .andExpect(jsonPath("$.months[2].indicators.tenantsMetIndividually.met").value(false))
                .andExpect(jsonPath("$.months[2].indicators.distinctPlaces.value").value(1))
                .andExpect(jsonPath("$.months[2].indicators.recurringActivities.value").value(1))
                .andExpect(jsonPath("$.months[2].indicators.recurringActivities.met").value(true))
                .andExpect(jsonPath("$.months[2].indicators.oneOffActivities.value").value(1))
                .andExpect(jsonPath("$.months[4].indicators.tenantsMetIndividually.value").value("<5"))
                .andExpect(jsonPath("$.months[4].indicators.tenantsMetIndividually.met").doesNotExist())
                // the year: six people (not 6 + 4), one place, activities counted once
                .andExpect(jsonPath("$.overTheYear.indicators.tenantsMetIndividually.value").value(6))
                .andExpect(jsonPath("$.overTheYear.indicators.distinctPlaces.value").value(1))
                .andExpect(jsonPath("$.overTheYear.indicators.oneOffActivities.value").value(1))
                .andExpect(jsonPath("$.overTheYear.indicators.councilMeetings.value").value(1))
                .andExpect(jsonPath("$.overTheYear.indicators.tenantsMetIndividually.target").doesNotExist())
                .andExpect(jsonPath("$.countedWithoutKey.tenantsMetIndividually").value(5))
                .andExpect(jsonPath("$.activitiesHeld.byCategory.WORKSHOP").value(2))
                .andExpect(jsonPath("$.activitiesHeld.recurring").value(1))
                .andExpect(jsonPath("$.activitiesHeld.oneOff").value(1))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(smesKeyed, diogenesKeyed, KEY).doesNotContain(others.toArray(String[]::new));

        for (int month = 0; month < 12; month++) {
            String name = JsonPath.read(body, "$.months[" + month + "].month");
            String monthly = http.perform(get("/api/reports/monthly").param("month", name)
                    .param("programme", PROGRAMME).with(chloe()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Map<String, Object> expected = JsonPath.read(monthly, "$.indicators");
            Map<String, Object> actual = JsonPath.read(body, "$.months[" + month + "].indicators");
            assertThat(actual).as(name).isEqualTo(expected);
        }
    }

    @Test
    void the_programme_pdf_in_french_and_dutch_has_the_headings_the_name_and_figures_and_no_tenant()
            throws Exception {
        String french = pdfText(pdf().param("programme", PROGRAMME).with(farid()));
        assertThat(french).contains("Rapport annuel d'activité", "Année 2018",
                "Projet de réaffiliation sociale Housing First", "Smes", "Diogènes", "Infirmiers de rue",
                "New Samusocial", "Indicateurs par mois", "Locataires rencontrés individuellement", "6 / 20",
                "<5 / 20", "Graphiques mensuels", "Activités organisées", "Atelier", "Décisions du conseil");
        assertThat(french).doesNotContain(smesKeyed, diogenesKeyed, KEY, "Habitat").doesNotContain(others.toArray(String[]::new));

        String dutch = pdfText(pdf().param("programme", PROGRAMME).param("lang", "nl").with(gina()));
        assertThat(dutch).contains("Jaarlijks activiteitenverslag", "Jaar 2018",
                "Project sociale herbinding Housing First", "Indicatoren per maand", "Individueel ontmoete huurders",
                "6 / 20", "Georganiseerde activiteiten", "Beslissingen van de raad");
        assertThat(dutch).doesNotContain(smesKeyed, diogenesKeyed, KEY, "Rapport annuel").doesNotContain(others.toArray(String[]::new));
    }

    @Test
    void only_the_programmes_readers_read_it_others_404_an_unknown_programme_400_and_volunteers_403()
            throws Exception {
        http.perform(get(URL).param("year", YEAR).param("programme", PROGRAMME).with(gina()))
                .andExpect(status().isOk());
        http.perform(get(URL).param("year", YEAR).param("programme", PROGRAMME).with(farid()))
                .andExpect(status().isOk());
        // staff of a member (a programme's report is not a staff report) and a non-member's staff
        http.perform(get(URL).param("year", YEAR).param("programme", PROGRAMME).with(alice()))
                .andExpect(status().isNotFound());
        http.perform(get(URL).param("year", YEAR).param("programme", PROGRAMME).with(hugo()))
                .andExpect(status().isNotFound());
        http.perform(pdf().param("programme", PROGRAMME).with(hugo()))
                .andExpect(status().isNotFound());
        http.perform(get(URL).param("year", YEAR).param("programme", "nothing").with(chloe()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("programme"));
        http.perform(get(URL).param("year", "2999").param("programme", "nothing").param("organisation", "nowhere")
                        .with(chloe()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("year", "organisation", "programme")));
        http.perform(get(URL).param("year", YEAR).param("programme", PROGRAMME).with(eva()))
                .andExpect(status().isForbidden());
        http.perform(pdf().param("programme", PROGRAMME).with(eva()))
                .andExpect(status().isForbidden());
        http.perform(get(URL).param("year", YEAR).param("programme", PROGRAMME)).andExpect(status().isUnauthorized());
    }

    private static MockHttpServletRequestBuilder pdf() {
        return get(URL).param("year", YEAR).accept(MediaType.APPLICATION_PDF);
    }

    private String pdfText(MockHttpServletRequestBuilder request) throws Exception {
        byte[] pdf = http.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        return AnnualReportTest.text(pdf);
    }
}
