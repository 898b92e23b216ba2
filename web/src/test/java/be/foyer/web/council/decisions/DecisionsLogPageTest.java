package be.foyer.web.council.decisions;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** /council/decisions: the log across meetings, filtered by status and owner organisation, paginated. */
class DecisionsLogPageTest extends DecisionPageTestBase {

    private static final String SECOND = """
            {"id":"d-2","meetingId":"m-2","meetingDate":"2026-11-03","text":"Une sortie au bord de l’eau en été",
             "votesFor":10,"votesAgainst":0,"abstentions":1,"ownerOrganisation":"diogenes","dueDate":null,
             "status":"OPEN"}""";

    @Test
    void theLogShowsEachDecisionWithNamesDatesAndTranslatedStatuses() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/council/decisions"))
                .willReturn(okJson(list(DECISION + "," + SECOND, 0, 20, 2))));
        String page = html(MockMvcRequestBuilders.get("/council/decisions").with(alice()));
        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Décisions du conseil</h1>")
                .contains("Réparer la machine à laver de la buanderie").contains("1 décembre 2026")
                .contains("15 janvier 2027").contains("Pas de date fixée").contains(">Smes<").contains(">Diogènes<")
                .contains(">En cours<").contains(">À faire<").contains("2 décisions")
                .contains("href=\"/council/decisions/" + D1 + "\"")
                .doesNotContain(">" + D1 + "<").doesNotContain(">smes<").doesNotContain("IN_PROGRESS<");
        API.verify(getRequestedFor(urlPathEqualTo("/api/council/decisions")).withQueryParam("page", equalTo("0"))
                .withQueryParam("size", equalTo("20")).withoutQueryParam("status")
                .withoutQueryParam("ownerOrganisation"));
        String nl = html(MockMvcRequestBuilders.get("/council/decisions").with(alice()).param("lang", "nl"));
        assertThat(nl).contains("Beslissingen van de raad").contains(">Bezig<").contains("1 december 2026");
    }

    @Test
    void filtersAndThePageAreSentToTheApiAndKeptInThePageLinks() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/council/decisions")).willReturn(okJson(list(DECISION, 1, 20, 45))));
        String page = html(MockMvcRequestBuilders.get("/council/decisions").with(alice())
                .param("status", "IN_PROGRESS").param("ownerOrganisation", "smes").param("page", "2"));
        API.verify(getRequestedFor(urlPathEqualTo("/api/council/decisions"))
                .withQueryParam("status", equalTo("IN_PROGRESS")).withQueryParam("ownerOrganisation", equalTo("smes"))
                .withQueryParam("page", equalTo("1")).withQueryParam("size", equalTo("20")));
        assertThat(page).contains("<option value=\"IN_PROGRESS\" selected=\"selected\">En cours</option>")
                .contains("<option value=\"smes\" selected=\"selected\">Smes</option>")
                .contains("href=\"/council/decisions?status=IN_PROGRESS&amp;ownerOrganisation=smes&amp;page=3\"")
                .contains("href=\"/council/decisions?status=IN_PROGRESS&amp;ownerOrganisation=smes&amp;page=1\"");
    }

    @Test
    void unknownFilterValuesAreNotSent() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/council/decisions")).willReturn(okJson(list("", 0, 20, 0))));
        String page = html(MockMvcRequestBuilders.get("/council/decisions").with(alice())
                .param("status", "LOST").param("ownerOrganisation", "nobody"));
        API.verify(getRequestedFor(urlPathEqualTo("/api/council/decisions")).withoutQueryParam("status")
                .withoutQueryParam("ownerOrganisation"));
        assertThat(page).contains("Le conseil n’a encore pris aucune décision.");
    }

    @Test
    void theFederationAnalystReadsTheLog() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/council/decisions")).willReturn(okJson(list(DECISION, 0, 20, 1))));
        String page = html(MockMvcRequestBuilders.get("/council/decisions").with(analyst()));
        assertThat(page).contains("Réparer la machine à laver de la buanderie");
        API.verify(getRequestedFor(urlPathEqualTo("/api/council/decisions"))
                .withHeader("Authorization", equalTo("Bearer " + accessToken("fiona"))));
    }

    @Test
    void aRoleTheApiRefusesGetsTheNotAllowedPage() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/council/decisions")).willReturn(problem(403, "{\"status\":403}")));
        mvc.perform(MockMvcRequestBuilders.get("/council/decisions").with(signedIn("eva", "smes", "volunteer")))
                .andExpect(status().isForbidden());
    }
}
