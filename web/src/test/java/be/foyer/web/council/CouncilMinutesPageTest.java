package be.foyer.web.council;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** /council/meetings/{id}/minutes: numbers of tenants per organisation, minutes, outcomes, "the meeting was held". */
class CouncilMinutesPageTest extends CouncilPageTest {

    @Test
    void theFormShowsEveryOrganisationAndEveryItemByTitle() throws Exception {
        meetingM1();
        String page = html(MockMvcRequestBuilders.get("/council/meetings/m-1/minutes").with(farid()));
        assertThat(page).contains("Procès-verbal de la réunion").contains("Locataires présents")
                .contains("<label class=\"govuk-label\" for=\"present-smes\">Smes</label>")
                .contains("for=\"present-habitat-et-humanisme\">Habitat et Humanisme</label>")
                .contains("1. Un potager sur le toit").contains("2. Le chauffage de la salle")
                .contains(">On en reparle en mars</textarea>").contains("La réunion a eu lieu")
                .contains("data-draft=\"council-minutes-m-1\"").doesNotContain(">i-1<");
    }

    @Test
    void savingSendsCountsGivenOutcomesAndHeld() throws Exception {
        API.stubFor(put("/api/council/meetings/m-1/minutes").willReturn(okJson(meeting(DECEMBER_FIRST))));
        mvc.perform(MockMvcRequestBuilders.post("/council/meetings/m-1/minutes").with(farid()).with(csrf())
                        .param("present-smes", "4").param("present-diogenes", " 3 ").param("present-new-samusocial", "")
                        .param("minutes", "On a parlé du potager.").param("outcome-i-1", "Accepté")
                        .param("outcome-i-2", "").param("held", "true"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/council/meetings/m-1"))
                .andExpect(flash().attribute("success", "Le procès-verbal est enregistré et la réunion est notée comme tenue."))
                .andExpect(flash().attribute("draftCleared", "council-minutes-m-1"));
        API.verify(putRequestedFor(urlEqualTo("/api/council/meetings/m-1/minutes")).withRequestBody(equalToJson("""
                {"minutes":"On a parlé du potager.",
                 "attendance":[{"organisation":"smes","tenantsPresent":4},{"organisation":"diogenes","tenantsPresent":3}],
                 "outcomes":[{"agendaItemId":"i-1","outcome":"Accepté"},{"agendaItemId":"i-2","outcome":null}],
                 "status":"HELD"}""")));
    }

    @Test
    void notHeldYetSendsNoStatus() throws Exception {
        API.stubFor(put("/api/council/meetings/m-1/minutes").willReturn(okJson(meeting(DECEMBER_FIRST))));
        mvc.perform(MockMvcRequestBuilders.post("/council/meetings/m-1/minutes").with(farid()).with(csrf())
                        .param("minutes", "Ordre du jour préparé."))
                .andExpect(flash().attribute("success", "Le procès-verbal est enregistré."));
        API.verify(putRequestedFor(urlEqualTo("/api/council/meetings/m-1/minutes")).withRequestBody(equalToJson(
                "{\"minutes\":\"Ordre du jour préparé.\",\"attendance\":[],\"outcomes\":[],\"status\":null}")));
    }

    @Test
    void heldBeforeTheStartIsRefusedInPlainWordsAndEverythingStays() throws Exception {
        meetingM1();
        API.stubFor(put("/api/council/meetings/m-1/minutes").willReturn(problem(400, """
                {"status":400,"errors":[{"field":"status","code":"conflicting",
                  "message":"the meeting has not started yet (it starts on 2026-12-01T18:00, Brussels time)"},
                 {"field":"attendance[1].tenantsPresent","code":"too_small","message":"must be 0 or more"},
                 {"field":"outcomes[0].outcome","code":"too_long","message":"must be at most 2000 characters"}]}""")));
        String page = html(MockMvcRequestBuilders.post("/council/meetings/m-1/minutes").with(farid()).with(csrf())
                .param("present-smes", "4").param("present-diogenes", "3").param("minutes", "Notes")
                .param("outcome-i-1", "Accepté").param("held", "true"));
        assertThat(page)
                .contains("<a href=\"#held\">La réunion n’a pas encore commencé : elle ne peut pas être notée comme tenue.")
                .contains("<a href=\"#present-diogenes\">Locataires présents de Diogènes : la valeur est trop petite.</a>")
                .contains("<a href=\"#outcome-i-1\">Résultat d’un point : le texte est trop long.</a>")
                .contains("id=\"held-error\"").contains("id=\"present-diogenes-error\"").contains("id=\"outcome-i-1-error\"")
                .contains("value=\"4\"").contains(">Notes</textarea>").contains(">Accepté</textarea>")
                .doesNotContain("Brussels time");
    }

    @Test
    void aCountThatIsNotANumberIsSaidWithoutAskingTheApi() throws Exception {
        meetingM1();
        String page = html(MockMvcRequestBuilders.post("/council/meetings/m-1/minutes").with(farid()).with(csrf())
                .param("present-smes", "quatre").param("minutes", "Notes"));
        assertThat(page).contains("<a href=\"#present-smes\">Locataires présents de Smes : saisissez un nombre entier.</a>")
                .contains("value=\"quatre\"");
        API.verify(0, putRequestedFor(urlEqualTo("/api/council/meetings/m-1/minutes")));
    }

    @Test
    void anOutageKeepsWhatWasTyped() throws Exception {
        API.stubFor(get("/api/council/meetings/m-1").willReturn(unavailable()));
        API.stubFor(put("/api/council/meetings/m-1/minutes").willReturn(unavailable()));
        String page = html(MockMvcRequestBuilders.post("/council/meetings/m-1/minutes").with(farid()).with(csrf())
                .param("present-smes", "4").param("minutes", "Tout ce qui a été dit").param("outcome-i-1", "Accepté"));
        assertThat(page).contains("momentanément indisponible").contains("value=\"4\"")
                .contains(">Tout ce qui a été dit</textarea>").contains("Point 1").contains(">Accepté</textarea>");
    }

    @Test
    void onlyFacilitatorsWriteTheMinutes() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/council/meetings/m-1/minutes").with(alice()))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/council/meetings/m-1/minutes").with(alice()).with(csrf())
                .param("minutes", "x")).andExpect(status().isForbidden());
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/council/meetings/m-1")));
        API.verify(0, putRequestedFor(urlEqualTo("/api/council/meetings/m-1/minutes")));
    }

    @Test
    void anUnknownMeetingIsNotFound() throws Exception {
        API.stubFor(get("/api/council/meetings/m-x").willReturn(problem(404, "{\"status\":404}")));
        mvc.perform(MockMvcRequestBuilders.get("/council/meetings/m-x/minutes").with(farid()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPostWithoutCsrfIsRefused() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/council/meetings/m-1/minutes").with(farid())
                .param("minutes", "x")).andExpect(status().isForbidden());
        API.verify(0, putRequestedFor(urlEqualTo("/api/council/meetings/m-1/minutes")));
    }

    @Test
    void theFormSpeaksDutch() throws Exception {
        meetingM1();
        String page = html(MockMvcRequestBuilders.get("/council/meetings/m-1/minutes").with(farid()).param("lang", "nl"));
        assertThat(page).contains("Verslag van de vergadering").contains("Aanwezige huurders")
                .contains("De vergadering heeft plaatsgevonden");
    }
}
