package be.foyer.web.council;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** /council/meetings/{id}/decisions/new: text, votes, owner organisation, due date, agenda item (facilitators). */
class CouncilDecisionPageTest extends CouncilPageTest {

    private static final String DECISION = """
            {"id":"d-2","meetingId":"m-1","meetingDate":"2026-12-01","text":"Repeindre la salle","agendaItemId":"i-2",
             "votesFor":9,"votesAgainst":0,"abstentions":1,"ownerOrganisation":"diogenes","dueDate":"2027-03-01",
             "status":"OPEN"}""";

    @Test
    void theFormOffersTheAgendaItemsByTitleAndTheOrganisationsByName() throws Exception {
        meetingM1();
        String page = html(MockMvcRequestBuilders.get("/council/meetings/m-1/decisions/new").with(farid()));
        assertThat(page).contains("Enregistrer une décision").contains("Ce qui a été décidé")
                .contains("<option value=\"i-2\">2. Le chauffage de la salle</option>")
                .contains("<option value=\"a-toi-mon-toit\">A toi Mon toit</option>")
                .contains("Pour").contains("Contre").contains("Abstentions")
                .contains("data-draft=\"council-decision-m-1\"");
    }

    @Test
    void recordingSendsTheDecision() throws Exception {
        API.stubFor(post("/api/council/meetings/m-1/decisions").willReturn(okJson(DECISION)));
        mvc.perform(MockMvcRequestBuilders.post("/council/meetings/m-1/decisions/new").with(farid()).with(csrf())
                        .param("text", "Repeindre la salle").param("agendaItemId", "i-2").param("votesFor", "9")
                        .param("votesAgainst", "0").param("abstentions", "1").param("ownerOrganisation", "diogenes")
                        .param("dueDate", "2027-03-01"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/council/meetings/m-1"))
                .andExpect(flash().attribute("success", "La décision est enregistrée."))
                .andExpect(flash().attribute("draftCleared", "council-decision-m-1"));
        API.verify(postRequestedFor(urlEqualTo("/api/council/meetings/m-1/decisions")).withRequestBody(equalToJson("""
                {"text":"Repeindre la salle","agendaItemId":"i-2","votesFor":9,"votesAgainst":0,"abstentions":1,
                 "ownerOrganisation":"diogenes","dueDate":"2027-03-01"}""")));
    }

    @Test
    void everyWrongFieldIsNamedAndTheValuesStay() throws Exception {
        meetingM1();
        API.stubFor(post("/api/council/meetings/m-1/decisions").willReturn(problem(400, """
                {"status":400,"errors":[{"field":"text","code":"required","message":"is required"},
                 {"field":"votesAgainst","code":"required","message":"is required"},
                 {"field":"ownerOrganisation","code":"required","message":"is required"}]}""")));
        String page = html(MockMvcRequestBuilders.post("/council/meetings/m-1/decisions/new").with(farid()).with(csrf())
                .param("text", "").param("votesFor", "9").param("votesAgainst", "").param("abstentions", "1")
                .param("agendaItemId", "i-2").param("dueDate", "2027-03-01"));
        assertThat(page).contains("<a href=\"#text\">Écrivez ce qui a été décidé.</a>")
                .contains("<a href=\"#votesAgainst\">Contre : ce champ est obligatoire.</a>")
                .contains("<a href=\"#ownerOrganisation\">Choisissez l’organisation qui s’en occupe.</a>")
                .contains("id=\"text-error\"").contains("id=\"votesAgainst-error\"").contains("id=\"ownerOrganisation-error\"")
                .contains("value=\"9\"").contains("value=\"2027-03-01\"")
                .contains("<option value=\"i-2\" selected=\"selected\">2. Le chauffage de la salle</option>");
        API.verify(postRequestedFor(urlEqualTo("/api/council/meetings/m-1/decisions")).withRequestBody(equalToJson("""
                {"text":null,"agendaItemId":"i-2","votesFor":9,"votesAgainst":null,"abstentions":1,
                 "ownerOrganisation":null,"dueDate":"2027-03-01"}""")));
    }

    @Test
    void votesThatAreNotNumbersAreSaidWithoutAskingTheApi() throws Exception {
        meetingM1();
        String page = html(MockMvcRequestBuilders.post("/council/meetings/m-1/decisions/new").with(farid()).with(csrf())
                .param("text", "Repeindre").param("votesFor", "sept").param("votesAgainst", "0").param("abstentions", "0"));
        assertThat(page).contains("<a href=\"#votesFor\">Pour : saisissez un nombre entier.</a>").contains("value=\"sept\"");
        API.verify(0, postRequestedFor(urlEqualTo("/api/council/meetings/m-1/decisions")));
    }

    @Test
    void anOutageKeepsWhatWasTyped() throws Exception {
        API.stubFor(get("/api/council/meetings/m-1").willReturn(unavailable()));
        API.stubFor(post("/api/council/meetings/m-1/decisions").willReturn(unavailable()));
        String page = html(MockMvcRequestBuilders.post("/council/meetings/m-1/decisions/new").with(farid()).with(csrf())
                .param("text", "Repeindre la salle").param("votesFor", "9").param("ownerOrganisation", "smes"));
        assertThat(page).contains("momentanément indisponible").contains(">Repeindre la salle</textarea>")
                .contains("value=\"9\"").contains("<option value=\"smes\" selected=\"selected\">Smes</option>");
    }

    @Test
    void onlyFacilitatorsRecordDecisions() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/council/meetings/m-1/decisions/new").with(alice()))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/council/meetings/m-1/decisions/new").with(analyst()))
                .andExpect(status().isForbidden());
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/council/meetings/m-1")));
    }

    @Test
    void anUnknownMeetingIsNotFound() throws Exception {
        API.stubFor(get("/api/council/meetings/m-x").willReturn(problem(404, "{\"status\":404}")));
        mvc.perform(MockMvcRequestBuilders.get("/council/meetings/m-x/decisions/new").with(farid()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPostWithoutCsrfIsRefused() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/council/meetings/m-1/decisions/new").with(farid())
                .param("text", "x")).andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(urlEqualTo("/api/council/meetings/m-1/decisions")));
    }

    @Test
    void theFormSpeaksDutch() throws Exception {
        meetingM1();
        String page = html(MockMvcRequestBuilders.get("/council/meetings/m-1/decisions/new").with(farid())
                .param("lang", "nl"));
        assertThat(page).contains("Een beslissing opslaan").contains("Wat er beslist is").contains("Onthoudingen");
    }
}
