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

/** /council/meetings/{id}/agenda-items/new: a subject; staff on behalf of one of their tenants, facilitators for an organisation. */
class CouncilAgendaItemPageTest extends CouncilPageTest {

    private static final String SARA = """
            {"items":[{"id":"t-7","firstName":"Sara","lastName":"Benali","status":"HOUSED"}],"page":0,"size":10,"total":1}""";

    @Test
    void staffPickOneOfTheirTenantsByName() throws Exception {
        meetingM1();
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(SARA)));
        String page = html(MockMvcRequestBuilders.get("/council/meetings/m-1/agenda-items/new").with(alice()));
        assertThat(page).contains("Proposer un point à l’ordre du jour").contains("Conseil du 1 décembre 2026")
                .contains("Au nom d’un locataire (facultatif)").contains("Sara Benali")
                .contains("form=\"agenda-item-form\"").contains("data-draft=\"council-item-m-1\"")
                .doesNotContain(">t-7<").doesNotContain("proposingOrganisation");
    }

    @Test
    void facilitatorsChooseTheOrganisationAndSeeNoTenants() throws Exception {
        meetingM1();
        String page = html(MockMvcRequestBuilders.get("/council/meetings/m-1/agenda-items/new").with(farid()));
        assertThat(page).contains("Organisation qui propose le point").contains("<option value=\"diogenes\">Diogènes</option>")
                .doesNotContain("tenant-picker");
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/tenants")));
    }

    @Test
    void onBehalfOfATenantSendsTheTenantAndHerFirstName() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(SARA)));
        API.stubFor(post("/api/council/meetings/m-1/agenda-items").willReturn(okJson(meeting(DECEMBER_FIRST))));
        mvc.perform(MockMvcRequestBuilders.post("/council/meetings/m-1/agenda-items/new").with(alice()).with(csrf())
                        .param("title", "Un potager sur le toit").param("tenantId", "t-7").param("q", "sara"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/council/meetings/m-1#agenda"))
                .andExpect(flash().attribute("success", "Le point est ajouté à l’ordre du jour."))
                .andExpect(flash().attribute("draftCleared", "council-item-m-1"));
        API.verify(getRequestedFor(urlEqualTo("/api/tenants?ids=t-7")));
        API.verify(postRequestedFor(urlEqualTo("/api/council/meetings/m-1/agenda-items")).withRequestBody(equalToJson(
                "{\"title\":\"Un potager sur le toit\",\"tenantId\":\"t-7\",\"firstName\":\"Sara\",\"proposingOrganisation\":null}")));
    }

    @Test
    void withoutATenantTheItemIsTheOrganisations() throws Exception {
        API.stubFor(post("/api/council/meetings/m-1/agenda-items").willReturn(okJson(meeting(DECEMBER_FIRST))));
        mvc.perform(MockMvcRequestBuilders.post("/council/meetings/m-1/agenda-items/new").with(alice()).with(csrf())
                .param("title", "Le chauffage").param("proposingOrganisation", "diogenes"))
                .andExpect(status().isFound());
        API.verify(postRequestedFor(urlEqualTo("/api/council/meetings/m-1/agenda-items")).withRequestBody(equalToJson(
                "{\"title\":\"Le chauffage\",\"tenantId\":null,\"firstName\":null,\"proposingOrganisation\":null}")));
    }

    @Test
    void facilitatorsSendTheOrganisation() throws Exception {
        API.stubFor(post("/api/council/meetings/m-1/agenda-items").willReturn(okJson(meeting(DECEMBER_FIRST))));
        mvc.perform(MockMvcRequestBuilders.post("/council/meetings/m-1/agenda-items/new").with(farid()).with(csrf())
                .param("title", "Les horaires").param("proposingOrganisation", "diogenes").param("tenantId", "t-7"))
                .andExpect(status().isFound());
        API.verify(postRequestedFor(urlEqualTo("/api/council/meetings/m-1/agenda-items")).withRequestBody(equalToJson(
                "{\"title\":\"Les horaires\",\"tenantId\":null,\"firstName\":null,\"proposingOrganisation\":\"diogenes\"}")));
    }

    @Test
    void errorsAreAtTheTopAndBesideTheFieldsAndThePickedTenantStays() throws Exception {
        meetingM1();
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(SARA)));
        API.stubFor(post("/api/council/meetings/m-1/agenda-items").willReturn(problem(400, """
                {"status":400,"errors":[{"field":"title","code":"too_long","message":"must be at most 300 characters"},
                 {"field":"tenantId","code":"unknown","message":"is not a tenant of your organisation"}]}""")));
        String page = html(MockMvcRequestBuilders.post("/council/meetings/m-1/agenda-items/new").with(alice())
                .with(csrf()).param("title", "Très long sujet").param("tenantId", "t-7"));
        assertThat(page).contains("<a href=\"#title\">Sujet : le texte est trop long.</a>")
                .contains("<a href=\"#tenantId\">Choisissez une personne que vous suivez.</a>")
                .contains("id=\"title-error\"").contains("id=\"tenantId-error\"")
                .contains("value=\"Très long sujet\"").containsPattern("value=\"t-7\"\\s+id=\"tenantId\" form=\"agenda-item-form\" checked");
    }

    @Test
    void anOutageKeepsWhatWasTyped() throws Exception {
        API.stubFor(get("/api/council/meetings/m-1").willReturn(unavailable()));
        API.stubFor(post("/api/council/meetings/m-1/agenda-items").willReturn(unavailable()));
        String page = html(MockMvcRequestBuilders.post("/council/meetings/m-1/agenda-items/new").with(farid())
                .with(csrf()).param("title", "Le chauffage").param("proposingOrganisation", "diogenes"));
        assertThat(page).contains("momentanément indisponible").contains("value=\"Le chauffage\"")
                .contains("<option value=\"diogenes\" selected=\"selected\">Diogènes</option>");
    }

    @Test
    void volunteersMayNotProposeItems() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/council/meetings/m-1/agenda-items/new").with(eva()))
                .andExpect(status().isForbidden());
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/council/meetings/m-1")));
    }

    @Test
    void anUnknownMeetingIsNotFound() throws Exception {
        API.stubFor(get("/api/council/meetings/m-x").willReturn(problem(404, "{\"status\":404}")));
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(SARA)));
        mvc.perform(MockMvcRequestBuilders.get("/council/meetings/m-x/agenda-items/new").with(alice()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPostWithoutCsrfIsRefused() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/council/meetings/m-1/agenda-items/new").with(alice())
                .param("title", "Le chauffage")).andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(urlEqualTo("/api/council/meetings/m-1/agenda-items")));
    }

    @Test
    void theFormSpeaksDutch() throws Exception {
        meetingM1();
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(SARA)));
        String page = html(MockMvcRequestBuilders.get("/council/meetings/m-1/agenda-items/new").with(alice())
                .param("lang", "nl"));
        assertThat(page).contains("Een agendapunt voorstellen").contains("Namens een huurder (niet verplicht)")
                .contains("Op de agenda zetten");
    }
}
