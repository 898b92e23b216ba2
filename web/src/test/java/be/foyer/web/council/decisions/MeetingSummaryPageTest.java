package be.foyer.web.council.decisions;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** /council/meetings/{id}/summary: the easy-to-read summary of a meeting's decisions, printable, FR and NL. */
class MeetingSummaryPageTest extends DecisionPageTestBase {

    /** A held meeting with an agenda item on behalf of Sara (a tenant): the summary never names her. */
    private static final String MEETING = """
            {"id":"%1$s","start":"2026-12-01T14:00","end":"2026-12-01T16:00","timeZone":"Europe/Brussels",
             "placeName":"Maison de quartier","placeAddress":"Rue Haute 1, 1000 Bruxelles","facilitator":"farid",
             "status":"HELD","seriesId":"s-1",
             "agenda":[{"id":"i-1","title":"La machine à laver est en panne","proposingOrganisation":"smes","position":1,
                        "outcome":"On la répare","onBehalfOfTenant":true,"tenantFirstName":"Sara","proposedBy":"alice"}],
             "minutes":"Sara a expliqué la panne.","attendance":[{"organisation":"smes","tenantsPresent":4}],
             "tenantsPresent":4,
             "decisions":[%2$s,
               {"id":"d-2","meetingId":"%1$s","meetingDate":"2026-12-01","text":"Une sortie au bord de l’eau en été",
                "agendaItemId":null,"votesFor":10,"votesAgainst":0,"abstentions":1,"ownerOrganisation":"diogenes",
                "dueDate":null,"status":"OPEN"}]}""".formatted(M1, DECISION);

    @Test
    void theSummaryInFrenchSaysEachDecisionInShortSentences() throws Exception {
        API.stubFor(get("/api/council/meetings/" + M1).willReturn(okJson(MEETING)));
        String page = html(MockMvcRequestBuilders.get("/council/meetings/" + M1 + "/summary").with(alice())
                .param("lang", "fr"));
        assertThat(page).contains("<html lang=\"fr\"").contains("<h1 class=\"govuk-heading-xl\">Relevé des décisions</h1>")
                .contains("Conseil des locataires du mardi 1 décembre 2026, à 14:00")
                .contains("Lieu : Maison de quartier, Rue Haute 1, 1000 Bruxelles")
                .contains("Ce que nous avons décidé")
                .contains("<strong>Nous avons décidé :</strong> Réparer la machine à laver de la buanderie")
                .contains("<strong>Qui s’en occupe :</strong> Smes").contains("<strong>Pour quand :</strong> 15 janvier 2027")
                .contains("<strong>Le vote :</strong> 7 pour, 1 contre, 2 abstentions")
                .contains("<strong>Qui s’en occupe :</strong> Diogènes").contains("pas de date fixée")
                .contains("10 pour, 0 contre, 1 abstention<");
    }

    @Test
    void theSummaryInDutch() throws Exception {
        API.stubFor(get("/api/council/meetings/" + M1).willReturn(okJson(MEETING)));
        String page = html(MockMvcRequestBuilders.get("/council/meetings/" + M1 + "/summary").with(alice())
                .param("lang", "nl"));
        assertThat(page).contains("<html lang=\"nl\"").contains("Overzicht van de beslissingen")
                .contains("Huurdersraad van dinsdag 1 december 2026, om 14:00").contains("Wat we beslist hebben")
                .contains("<strong>We hebben beslist:</strong> Réparer la machine à laver de la buanderie")
                .contains("<strong>Wie zorgt ervoor:</strong> Smes").contains("15 januari 2027")
                .contains("7 voor, 1 tegen, 2 onthoudingen").contains("10 voor, 0 tegen, 1 onthouding<")
                .doesNotContain("Nous avons décidé");
    }

    @Test
    void thePrintStylesheetIsLinkedWithAFrenchDutchSwitchAndAPrintButton() throws Exception {
        API.stubFor(get("/api/council/meetings/" + M1).willReturn(okJson(MEETING)));
        String page = html(MockMvcRequestBuilders.get("/council/meetings/" + M1 + "/summary").with(alice()));
        assertThat(page).contains("<link rel=\"stylesheet\" href=\"/css/print-summary.css\">")
                .contains("href=\"/council/meetings/" + M1 + "/summary?lang=fr\"")
                .contains("href=\"/council/meetings/" + M1 + "/summary?lang=nl\"")
                .contains("onclick=\"window.print()\"").contains(">Imprimer</button>");
    }

    @Test
    void noTenantNameNorAnyIdIsShown() throws Exception {
        API.stubFor(get("/api/council/meetings/" + M1).willReturn(okJson(MEETING)));
        String page = html(MockMvcRequestBuilders.get("/council/meetings/" + M1 + "/summary").with(alice()));
        String text = page.replaceAll("<[^>]*>", " ");
        assertThat(text).doesNotContain("Sara").doesNotContain("alice").doesNotContain("farid")
                .doesNotContain(M1).doesNotContain(D1).doesNotContain("i-1").doesNotContain("La machine à laver est en panne");
    }

    @Test
    void otherPagesDoNotLinkThePrintStylesheet() throws Exception {
        API.stubFor(get("/api/council/decisions/" + D1).willReturn(okJson(DECISION)));
        assertThat(html(MockMvcRequestBuilders.get("/council/decisions/" + D1).with(alice())))
                .doesNotContain("print-summary.css");
    }

    @Test
    void thePrintStylesheetHidesEverythingButTheSummaryOnOneA4Page() throws Exception {
        String css = mvc.perform(MockMvcRequestBuilders.get("/css/print-summary.css")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String print = css.substring(css.indexOf("@media print"));
        assertThat(print).contains("size: A4").contains(".govuk-header").contains(".govuk-service-navigation")
                .contains(".govuk-footer").contains(".foyer-userbar").contains("button").contains("display: none");
    }

    @Test
    void aMeetingWithoutDecisionSaysSo() throws Exception {
        API.stubFor(get("/api/council/meetings/m-2").willReturn(okJson(
                "{\"id\":\"m-2\",\"start\":\"2026-11-03T14:00\",\"placeName\":null,\"status\":\"HELD\",\"decisions\":[]}")));
        String page = html(MockMvcRequestBuilders.get("/council/meetings/m-2/summary").with(alice()));
        assertThat(page).contains("Nous n’avons pas pris de décision ce jour-là.").doesNotContain("Lieu :");
    }

    @Test
    void anUnknownMeetingIsNotFoundAndTheAnalystIsRefusedByTheApi() throws Exception {
        API.stubFor(get("/api/council/meetings/m-unknown").willReturn(problem(404, "{\"status\":404}")));
        mvc.perform(MockMvcRequestBuilders.get("/council/meetings/m-unknown/summary").with(alice()))
                .andExpect(status().isNotFound()).andExpect(content().string(
                        org.hamcrest.Matchers.containsString("Page introuvable")));
        API.stubFor(get("/api/council/meetings/" + M1).willReturn(problem(403, "{\"status\":403}")));
        mvc.perform(MockMvcRequestBuilders.get("/council/meetings/" + M1 + "/summary").with(analyst()))
                .andExpect(status().isForbidden());
    }
}
