package be.foyer.web.housing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** /housing/searches/{id} (steps, a step added, closing) and /housing/searches/new?tenantId=. */
class HousingSearchPageTest extends HousingPageTest {

    private static final String SEARCH = """
            {"id":"hs-1","tenantId":"t-1","openedOn":"2026-09-01","status":"OPEN","steps":[
              {"id":"st-1","kind":"AIS_APPLICATION","date":"2026-09-10","detail":"AIS Quartiers, n° 512","recordedBy":"alice"},
              {"id":"st-2","kind":"OFFER","date":"2026-10-03","recordedBy":"hugo"}]}""";

    @Test
    void showsTheStepsTranslatedWithThePersonsName() throws Exception {
        API.stubFor(get("/api/housing-searches/hs-1").willReturn(okJson(SEARCH)));
        tenantsNamed("t-1", "Marc", "Dupont");
        String page = html(MockMvcRequestBuilders.get("/housing/searches/hs-1").with(alice()));
        assertThat(page).contains("Marc Dupont").contains("En cours").contains("1 septembre 2026")
                .contains("Candidature auprès d’une AIS").contains("AIS Quartiers, n° 512").contains("Proposition de logement")
                .contains("data-draft=\"housing-step-hs-1\"").contains("Clôturer la recherche")
                .contains("<option value=\"LEASE_SIGNED\">Bail signé</option>").doesNotContain(">t-1<");
        String nl = html(MockMvcRequestBuilders.get("/housing/searches/hs-1").with(alice()).param("lang", "nl"));
        assertThat(nl).contains("10 september 2026").contains("Aanvraag bij een SVK").contains("Lopend");
    }

    @Test
    void whoRecordedAStepIsReadByNameNeverAsAnId() throws Exception {
        API.stubFor(get("/api/housing-searches/hs-1").willReturn(okJson(SEARCH
                .replace("\"recordedBy\":\"alice\"", "\"recordedBy\":\"" + AUTHOR_ID + "\"")
                .replace("\"recordedBy\":\"hugo\"", "\"recordedBy\":\"Hugo Lambert\""))));
        tenantsNamed("t-1", "Marc", "Dupont");
        String page = html(MockMvcRequestBuilders.get("/housing/searches/hs-1").with(alice()));
        assertThat(page).doesNotContain(AUTHOR_ID).contains(">une personne de l’équipe</td>").contains(">Hugo Lambert</td>");
        String nl = html(MockMvcRequestBuilders.get("/housing/searches/hs-1").with(alice()).param("lang", "nl"));
        assertThat(nl).doesNotContain(AUTHOR_ID).contains(">iemand van het team</td>");
    }

    @Test
    void aClosedSearchTakesNoStep() throws Exception {
        API.stubFor(get("/api/housing-searches/hs-2").willReturn(okJson("""
                {"id":"hs-2","tenantId":"t-1","openedOn":"2026-09-01","status":"HOUSED","closedOn":"2026-11-01","steps":[]}""")));
        tenantsNamed("t-1", "Marc", "Dupont");
        String page = html(MockMvcRequestBuilders.get("/housing/searches/hs-2").with(alice()));
        assertThat(page).contains("Relogé").contains("1 novembre 2026").doesNotContain("name=\"kind\"")
                .doesNotContain("/close");
    }

    @Test
    void recordingAStepPostsItAndClearsTheDraft() throws Exception {
        API.stubFor(post("/api/housing-searches/hs-1/steps").willReturn(okJson("{\"id\":\"st-3\"}").withStatus(201)));
        mvc.perform(MockMvcRequestBuilders.post("/housing/searches/hs-1/steps").with(alice()).with(csrf())
                        .param("kind", "VISIT").param("date", "2026-11-02").param("detail", "Rue Haute, 2e étage"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/housing/searches/hs-1"))
                .andExpect(flash().attribute("draftCleared", "housing-step-hs-1"));
        API.verify(postRequestedFor(urlEqualTo("/api/housing-searches/hs-1/steps")).withRequestBody(equalToJson(
                "{\"kind\":\"VISIT\",\"date\":\"2026-11-02\",\"detail\":\"Rue Haute, 2e étage\"}")));
    }

    @Test
    void aRefusedStepIsExplainedBesideItsFieldsWithWhatWasTyped() throws Exception {
        API.stubFor(get("/api/housing-searches/hs-1").willReturn(okJson(SEARCH)));
        tenantsNamed("t-1", "Marc", "Dupont");
        API.stubFor(post("/api/housing-searches/hs-1/steps").willReturn(problem(400, """
                {"status":400,"errors":[{"field":"kind","code":"required","message":"is required"},
                 {"field":"date","code":"before_start","message":"must not be before the search opened"}]}""")));
        String page = html(MockMvcRequestBuilders.post("/housing/searches/hs-1/steps").with(alice()).with(csrf())
                .param("kind", "").param("date", "2026-08-01").param("detail", "Appel au propriétaire"));
        assertThat(page).contains("<a href=\"#kind\">Choisissez l’étape.</a>")
                .contains("<a href=\"#date\">L’étape ne peut pas venir avant l’ouverture de la recherche.</a>")
                .contains("value=\"2026-08-01\"").contains("Appel au propriétaire</textarea>");
    }

    @Test
    void housingDownWhileRecordingKeepsTheStep() throws Exception {
        API.stubFor(get("/api/housing-searches/hs-1").willReturn(unavailable()));
        API.stubFor(post("/api/housing-searches/hs-1/steps").willReturn(unavailable()));
        String page = html(MockMvcRequestBuilders.post("/housing/searches/hs-1/steps").with(alice()).with(csrf())
                .param("kind", "VISIT").param("date", "2026-11-02").param("detail", "Rue Haute"));
        assertThat(page).contains("Ce que vous avez saisi n’est pas perdu").contains("Rue Haute</textarea>")
                .contains("<option value=\"VISIT\" selected=\"selected\">");
    }

    @Test
    void closingAbandonsTheSearch() throws Exception {
        API.stubFor(post("/api/housing-searches/hs-1/close").willReturn(okJson(SEARCH.replace("\"OPEN\"", "\"ABANDONED\""))));
        mvc.perform(MockMvcRequestBuilders.post("/housing/searches/hs-1/close").with(alice()).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/housing/searches/hs-1"))
                .andExpect(flash().attribute("success", "La recherche de logement est clôturée."));
        API.verify(postRequestedFor(urlEqualTo("/api/housing-searches/hs-1/close")));
    }

    @Test
    void openingASearchShowsThePersonByNameAndPostsTheirId() throws Exception {
        API.stubFor(get("/api/tenants/t-1").willReturn(okJson("{\"id\":\"t-1\",\"firstName\":\"Marc\",\"lastName\":\"Dupont\"}")));
        String page = html(MockMvcRequestBuilders.get("/housing/searches/new").with(alice()).param("tenantId", "t-1"));
        assertThat(page).contains("Une recherche de logement pour Marc Dupont").contains("name=\"openedOn\"");
        API.stubFor(post("/api/housing-searches").willReturn(okJson("{\"id\":\"hs-9\",\"tenantId\":\"t-1\"}").withStatus(201)));
        mvc.perform(MockMvcRequestBuilders.post("/housing/searches/new").with(alice()).with(csrf())
                        .param("tenantId", "t-1").param("openedOn", "2026-11-02"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/housing/searches/hs-9"));
        API.verify(postRequestedFor(urlEqualTo("/api/housing-searches"))
                .withRequestBody(equalToJson("{\"tenantId\":\"t-1\",\"openedOn\":\"2026-11-02\"}")));
    }

    @Test
    void aSecondOpenSearchIsSaidPlainly() throws Exception {
        API.stubFor(get("/api/tenants/t-1").willReturn(okJson("{\"id\":\"t-1\",\"firstName\":\"Marc\"}")));
        API.stubFor(post("/api/housing-searches").willReturn(problem(409,
                "{\"status\":409,\"detail\":\"The tenant already has an open housing search (hs-1)\"}")));
        String page = html(MockMvcRequestBuilders.post("/housing/searches/new").with(alice()).with(csrf())
                .param("tenantId", "t-1").param("openedOn", "2026-11-02").param("lang", "en"));
        assertThat(page).contains("This person already has an open housing search").doesNotContain("hs-1")
                .contains("value=\"2026-11-02\"");
    }

    @Test
    void anotherOrganisationsSearchOrPersonIsNotFound() throws Exception {
        API.stubFor(get("/api/housing-searches/hs-other").willReturn(problem(404, "{\"status\":404}")));
        mvc.perform(MockMvcRequestBuilders.get("/housing/searches/hs-other").with(alice()))
                .andExpect(status().isNotFound());
        API.stubFor(get("/api/tenants/t-other").willReturn(problem(404, "{\"status\":404}")));
        mvc.perform(MockMvcRequestBuilders.get("/housing/searches/new").with(alice()).param("tenantId", "t-other"))
                .andExpect(status().isNotFound());
    }

    @Test
    void postsWithoutCsrfAreRefused() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/housing/searches/hs-1/close").with(alice()))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/housing/searches/hs-1/steps").with(alice()).param("kind", "VISIT"))
                .andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(urlEqualTo("/api/housing-searches/hs-1/close")));
    }
}
