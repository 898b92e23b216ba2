package be.foyer.web.reports;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.github.tomakehurst.wiremock.client.WireMock;

import be.foyer.web.PageTest;

/** {@code /reports/annual}: the funders' annual report as a page, for an organisation and for a programme. */
class ReportAnnualPageTest extends PageTest {

    static final String ANNUAL = """
            {"year":2025,"scope":"smes","kind":"organisation",
             "months":[
               {"month":"2025-01","indicators":{"tenantsMetIndividually":{"value":18,"target":20,"met":false},
                  "distinctParticipants":{"value":"<5","target":null,"met":null},"oneOffActivities":{"value":3,"target":3,"met":true}}},
               {"month":"2025-02","indicators":{"tenantsMetIndividually":{"value":21,"target":20,"met":true},
                  "distinctParticipants":{"value":7,"target":null,"met":null},"oneOffActivities":{"value":1,"target":3,"met":false}}}],
             "overTheYear":{"indicators":{"tenantsMetIndividually":{"value":29},"distinctParticipants":{"value":9},
                  "oneOffActivities":{"value":4}}},
             "retention":{"scope":"smes","asOf":"2026-11-29",
               "byMonth":[{"cohort":"2025-03","movedIn":6,
                  "after6Months":{"status":"observed","stillHoused":5,"share":0.833},
                  "after12Months":{"status":"observed","stillHoused":"<5"},
                  "after24Months":{"status":"notYetObservable","observableFrom":"2027-03-31"}}],
               "byQuarter":[],
               "byPerson":[{"cohort":"2025-03","people":6,
                  "after6Months":{"status":"observed","stillHoused":6,"share":1.0},
                  "after12Months":{"status":"observed","stillHoused":5,"share":0.833},
                  "after24Months":{"status":"notYetObservable","observableFrom":"2027-03-31"}}]},
             "activitiesHeld":{"byCategory":{"OUTING":2,"WORKSHOP":1},"recurring":1,"oneOff":2,"teamMeetings":40},
             "councilDecisions":{"OPEN":1,"IN_PROGRESS":0,"DONE":2,"DROPPED":0}}""";

    static final String OCCURRENCES = """
            {"items":[
              {"kind":"ACTIVITY","occurrenceId":"a-forest@2025-05-03T10:00","activityId":"a-forest","organisation":"smes",
               "title":"Balade en forêt de Soignes","category":"OUTING","start":"2025-05-03T10:00","end":"2025-05-03T16:00","status":"HELD"},
              {"kind":"ACTIVITY","occurrenceId":"a-writing@2025-06-05T14:00","activityId":"a-writing","organisation":"smes",
               "title":"Atelier d’écriture","category":"WORKSHOP","start":"2025-06-05T14:00","end":"2025-06-05T16:00","status":"HELD"},
              {"kind":"ACTIVITY","occurrenceId":"a-writing@2025-06-12T14:00","activityId":"a-writing","organisation":"smes",
               "title":"Atelier d’écriture","category":"WORKSHOP","start":"2025-06-12T14:00","end":"2025-06-12T16:00","status":"HELD"},
              {"kind":"ACTIVITY","occurrenceId":"a-cancelled@2025-07-01T14:00","activityId":"a-cancelled","organisation":"smes",
               "title":"Pique-nique annulé","category":"OUTING","start":"2025-07-01T14:00","end":"2025-07-01T16:00","status":"CANCELLED"},
              {"kind":"ACTIVITY","occurrenceId":"a-team@2025-07-02T09:00","activityId":"a-team","organisation":"smes",
               "title":"Réunion d’équipe transversale","category":"TEAM_MEETING","start":"2025-07-02T09:00","end":"2025-07-02T10:00","status":"HELD"},
              {"kind":"ACTIVITY","occurrenceId":"a-other@2025-07-02T09:00","activityId":"a-other","organisation":"diogenes",
               "title":"Bowling de Diogènes","category":"OUTING","start":"2025-07-02T09:00","end":"2025-07-02T10:00","status":"HELD"}],
             "page":0,"size":100,"total":6}""";

    static final String DECISIONS = """
            {"items":[
              {"id":"d-2026","meetingId":"m-3","meetingDate":"2026-01-10","text":"Décision de l’année suivante","ownerOrganisation":"smes","status":"OPEN","votesFor":5,"votesAgainst":1,"abstentions":0},
              {"id":"d-garden","meetingId":"m-2","meetingDate":"2025-04-02","text":"Créer un potager sur le toit","ownerOrganisation":"smes","status":"DONE","votesFor":5,"votesAgainst":1,"abstentions":0},
              {"id":"d-old","meetingId":"m-1","meetingDate":"2024-12-02","text":"Décision de l’année d’avant","ownerOrganisation":"smes","status":"DONE","votesFor":5,"votesAgainst":1,"abstentions":0}],
             "page":0,"size":100,"total":3}""";

    static final String PROGRAMMES = ReportPagesTest.PROGRAMMES;

    private String html(String path, RequestPostProcessor user) throws Exception {
        return mvc.perform(get(path).with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static void stubDetails() {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/activities")).willReturn(okJson(OCCURRENCES)));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/council/decisions")).willReturn(okJson(DECISIONS)));
    }

    @Test
    void theOrganisationsYearMonthByMonthRetentionActivitiesWithTitlesAndDecisionsWithTexts() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/annual")).willReturn(okJson(ANNUAL)));
        stubDetails();
        String page = html("/reports/annual?year=2025", signedIn("chloe", "smes", "coordinator"));
        assertThat(page).contains("Rapport annuel 2025").contains("Smes")
                .contains("href=\"/reports/annual.pdf?year=2025\"")
                // month by month: a chart and its table per indicator
                .contains("<svg class=\"foyer-chart\"").contains("Personnes rencontrées individuellement, mois par mois")
                .contains("janvier 2025").contains("février 2025")
                // over the year
                .contains("Sur l’année").contains(">29<")
                // retention per tenancy and per person, side by side
                .contains("Par logement").contains("Par personne").contains("(83 %)").contains("(100 %)")
                .contains("connu à partir du 31 mars 2027")
                // activities held, with titles, team meetings and cancelled dates aside, another organiser's left out
                .contains("Balade en forêt de Soignes").contains("Atelier d’écriture").contains("Sortie")
                .doesNotContain("Pique-nique annulé").doesNotContain("Bowling de Diogènes")
                // decisions of the year's meetings, with their texts
                .contains("Créer un potager sur le toit").contains("2 avril 2025")
                .doesNotContain("Décision de l’année suivante").doesNotContain("Décision de l’année d’avant");
        String writing = page.substring(page.indexOf(">Atelier d’écriture<"));
        writing = writing.substring(0, writing.indexOf("</tr>"));
        assertThat(writing).contains(">2<"); // held twice, listed once
        API.verify(getRequestedFor(urlPathEqualTo("/api/reports/annual")).withQueryParam("year", equalTo("2025"))
                .withQueryParam("organisation", absent()).withQueryParam("programme", absent())
                .withHeader("Authorization", equalTo("Bearer " + accessToken("chloe"))));
        API.verify(getRequestedFor(urlPathEqualTo("/api/activities")).withQueryParam("from", equalTo("2025-01-01"))
                .withQueryParam("to", equalTo("2025-12-31")).withQueryParam("organisation", equalTo("smes")));
        API.verify(getRequestedFor(urlPathEqualTo("/api/council/decisions"))
                .withQueryParam("ownerOrganisation", equalTo("smes")));
    }

    @Test
    void aSuppressedCountStandsAloneAndNothingNamesAPerson() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/annual")).willReturn(okJson(ANNUAL)));
        stubDetails();
        String page = html("/reports/annual?year=2025", signedIn("chloe", "smes", "coordinator"));
        // the month's "<5" has no target and no met beside it in the chart's table
        String participants = page.substring(page.indexOf("Participants aux activités, mois par mois"));
        String january = participants.substring(participants.indexOf(">janvier 2025<"));
        january = january.substring(0, january.indexOf("</tr>"));
        assertThat(january).contains("moins de 5").doesNotContain("Oui").doesNotContain("Non");
        // retention: a hidden count has no share next to it
        String twelve = page.substring(page.indexOf("Par logement"));
        twelve = twelve.substring(twelve.indexOf("mars 2025"));
        twelve = twelve.substring(0, twelve.indexOf("</tr>"));
        assertThat(twelve).contains("moins de 5").containsOnlyOnce("%");
        assertThat(page).doesNotContain("a-forest").doesNotContain("d-garden");
    }

    @Test
    void inDutch() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/annual")).willReturn(okJson(ANNUAL)));
        stubDetails();
        String page = html("/reports/annual?year=2025&lang=nl", signedIn("chloe", "smes", "coordinator"));
        assertThat(page).contains("Jaarverslag 2025").contains("Per woning").contains("Per persoon")
                .contains("minder dan 5").contains("Beslissingen van de raad").contains("januari 2025");
    }

    @Test
    void theProgrammesYearForItsReadersWithTheMembersActivities() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/programmes")).willReturn(okJson(PROGRAMMES)));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/annual")).willReturn(okJson(ANNUAL
                .replace("\"scope\":\"smes\",\"kind\":\"organisation\"", "\"scope\":\"reaffiliation-hf\",\"kind\":\"programme\","
                        + "\"organisations\":[\"smes\",\"diogenes\"],\"countedWithoutKey\":{\"distinctParticipants\":\"<5\"}"))));
        stubDetails();
        String page = html("/reports/annual?year=2025&programme=reaffiliation-hf", signedIn("gina", null, "federation-analyst"));
        assertThat(page).contains("Réaffiliation sociale").contains("Rapport annuel 2025")
                .contains("href=\"/reports/annual.pdf?year=2025&amp;programme=reaffiliation-hf\"")
                .contains("sans clé fédérale").contains("Bowling de Diogènes").contains("Organisée par")
                .contains("name=\"programme\" value=\"reaffiliation-hf\"");
        API.verify(getRequestedFor(urlPathEqualTo("/api/reports/annual")).withQueryParam("programme", equalTo("reaffiliation-hf")));
        API.verify(getRequestedFor(urlPathEqualTo("/api/activities")).withQueryParam("organisation", equalTo("diogenes")));
    }

    @Test
    void anotherOrganisationsReportIsNotFoundAndAProgrammeNotReadableToo() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/annual")).willReturn(aResponse().withStatus(404)));
        mvc.perform(get("/reports/annual?year=2025&organisation=diogenes").with(signedIn("chloe", "smes", "coordinator")))
                .andExpect(status().isNotFound());
        API.verify(getRequestedFor(urlPathEqualTo("/api/reports/annual")).withQueryParam("organisation", equalTo("diogenes")));
        mvc.perform(get("/reports/annual?organisation=nowhere").with(signedIn("chloe", "smes", "coordinator")))
                .andExpect(status().isNotFound());
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/programmes")).willReturn(okJson("{\"items\":[]}")));
        mvc.perform(get("/reports/annual?programme=reaffiliation-hf").with(signedIn("hugo", "habitat-et-humanisme", "coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/annual.pdf?programme=reaffiliation-hf").with(signedIn("alice", "smes", "staff")))
                .andExpect(status().isNotFound());
    }

    @Test
    void rolesThatMayNotReadIt() throws Exception {
        for (RequestPostProcessor user : List.of(signedIn("victor", "smes", "volunteer"), signedIn("farid", "smes", "facilitator"))) {
            mvc.perform(get("/reports/annual").with(user)).andExpect(status().isForbidden());
            mvc.perform(get("/reports/annual.pdf").with(user)).andExpect(status().isForbidden());
        }
        // the analyst has no organisation of her own: she names one or a programme
        mvc.perform(get("/reports/annual").with(signedIn("gina", null, "federation-analyst"))).andExpect(status().isForbidden());
        assertThat(API.getAllServeEvents()).isEmpty();
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/annual")).willReturn(okJson(ANNUAL)));
        stubDetails();
        html("/reports/annual?year=2025&organisation=smes", signedIn("gina", null, "federation-analyst"));
        API.verify(getRequestedFor(urlPathEqualTo("/api/reports/annual")).withQueryParam("organisation", equalTo("smes")));
    }

    @Test
    void activityServiceDownLeavesTheFiguresWithANote() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/annual")).willReturn(okJson(ANNUAL)));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/activities")).willReturn(aResponse().withStatus(503)));
        String page = html("/reports/annual?year=2025", signedIn("alice", "smes", "staff"));
        assertThat(page).contains("momentanément indisponibles").contains("Sur l’année").contains("Par personne");
    }

    @Test
    void thePdfIsTheSameScopeInTheUsersLanguage() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/annual")).withHeader("Accept", equalTo("application/pdf"))
                .willReturn(aResponse().withHeader("Content-Type", "application/pdf").withBody("%PDF-1.7")));
        mvc.perform(get("/reports/annual.pdf?year=2025&lang=nl").with(signedIn("chloe", "smes", "coordinator")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string(
                        "Content-Disposition", org.hamcrest.Matchers.containsString("foyer-smes-2025.pdf")));
        API.verify(getRequestedFor(urlPathEqualTo("/api/reports/annual")).withQueryParam("lang", equalTo("nl"))
                .withQueryParam("year", equalTo("2025")));
    }
}
