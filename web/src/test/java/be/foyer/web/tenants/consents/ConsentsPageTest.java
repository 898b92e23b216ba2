package be.foyer.web.tenants.consents;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import be.foyer.web.PageTest;
import be.foyer.web.tenants.plan.FileStubs;

class ConsentsPageTest extends PageTest {

    private static final String CONSENTS = """
            {"tenantId":"t-1","consents":[
              {"purpose":"FEDERATION_STATISTICS","granted":true,"changedOn":"2026-03-03","recordedBy":"alice","revocable":true},
              {"purpose":"SHARED_ACTIVITIES","granted":false,"changedOn":"2026-03-04","recordedBy":"bruno","revocable":true},
              {"purpose":"PHOTO","granted":false,"changedOn":null,"recordedBy":null,"revocable":true}]}""";

    @BeforeEach
    void file() {
        FileStubs.tenant(API, FileStubs.TENANT);
        API.stubFor(get("/api/tenants/t-1/consents").willReturn(okJson(CONSENTS)));
    }

    @Test
    void eachPurposeShowsItsAnswerDateAndWhoWithAPlainExplanation() throws Exception {
        String page = page("fr").replaceAll("\\s+", " ");
        assertThat(page).contains("Statistiques de la fédération").contains("Activités communes").contains("Photos")
                .contains(">Oui</strong>").contains(">Non</strong>").contains(">Pas encore demandé</strong>")
                .contains("le 3 mars 2026, noté par alice").contains("le 4 mars 2026, noté par bruno")
                .contains("comptée une seule fois, sans son nom")
                .contains("prénom est visible par les animateurs des autres associations")
                // the current answers are chosen in the form, the unasked one is not
                .contains("name=\"consents[0].granted\" value=\"true\" id=\"consents[0].granted\" checked=\"checked\"")
                .contains("name=\"consents[1].granted\" value=\"false\" id=\"consents[1].granted-1\" checked=\"checked\"")
                .doesNotContain("name=\"consents[2].granted\" value=\"true\" id=\"consents[2].granted\" checked")
                .doesNotContain("name=\"consents[2].granted\" value=\"false\" id=\"consents[2].granted-1\" checked");
    }

    @Test
    void whoNotedAnAnswerIsReadByNameNeverAsAnId() throws Exception {
        API.stubFor(get("/api/tenants/t-1/consents").willReturn(okJson(CONSENTS
                .replace("\"recordedBy\":\"alice\"", "\"recordedBy\":\"" + AUTHOR_ID + "\"")
                .replace("\"recordedBy\":\"bruno\"", "\"recordedBy\":\"Bruno Martin\""))));
        String page = page("fr").replaceAll("\\s+", " ");
        assertThat(page).doesNotContain(AUTHOR_ID).contains("le 3 mars 2026, noté par une personne de l’équipe")
                .contains("le 4 mars 2026, noté par Bruno Martin");
        assertThat(page("nl")).doesNotContain(AUTHOR_ID).contains("genoteerd door iemand van het team");
    }

    @Test
    void relaysAreListedWithAFormThatWarnsOfTheStatus() throws Exception {
        String page = page("fr");
        assertThat(page).contains(">CPAS</td>").contains("1 février 2026").contains("31 décembre 2026")
                .contains("Mme Peeters, 02 555 00 00").contains("Passer le relais à un autre service")
                .contains("govuk-warning-text").contains("Le statut de la personne deviendra « Relayé ».")
                .contains("data-draft=\"relay-t-1\"");
    }

    @Test
    void inDutchPurposesServicesAndDatesAreDutch() throws Exception {
        String page = page("nl");
        assertThat(page).contains("Statistieken van de federatie").contains(">OCMW</td>").contains("1 februari 2026")
                .contains("op 3 maart 2026, genoteerd door alice").contains("Nog niet gevraagd");
    }

    @Test
    void recordingSendsTheAnsweredPurposesWithTheirDates() throws Exception {
        API.stubFor(put("/api/tenants/t-1/consents").willReturn(okJson(CONSENTS)));
        mvc.perform(consents().param("consents[0].granted", "false").param("consents[0].date", "2026-11-20")
                        .param("consents[1].date", "2026-11-29")
                        .param("consents[2].granted", "true").param("consents[2].date", "2026-11-29"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tenants/t-1/consents"))
                .andExpect(flash().attribute("success", "Les réponses sont enregistrées."));
        API.verify(putRequestedFor(urlEqualTo("/api/tenants/t-1/consents")).withRequestBody(equalToJson("""
                {"consents":[{"purpose":"FEDERATION_STATISTICS","granted":false,"date":"2026-11-20"},
                             {"purpose":"PHOTO","granted":true,"date":"2026-11-29"}]}""")));
    }

    @Test
    void anErrorOnAnAnswerShowsBesideItsPurpose() throws Exception {
        API.stubFor(put("/api/tenants/t-1/consents").willReturn(FileStubs.badRequest(
                "{\"field\":\"consents[1].date\",\"code\":\"in_future\",\"message\":\"cannot be in the future\"}")));
        String page = mvc.perform(consents().param("consents[0].granted", "true").param("consents[0].date", "2026-11-20")
                        .param("consents[2].granted", "true").param("consents[2].date", "2999-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<a href=\"#consents[2].date\">La date d’une réponse ne peut pas être dans le futur.</a>")
                .contains("id=\"consents[2].date-error\"").contains("value=\"2999-01-01\"");
    }

    @Test
    void noAnswerChosenSendsNothing() throws Exception {
        String page = mvc.perform(consents()).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Choisissez au moins une réponse, oui ou non.");
        API.verify(0, putRequestedFor(anyUrl()));
    }

    @Test
    void aRelayIsPostedAsTheApiWantsIt() throws Exception {
        API.stubFor(post("/api/tenants/t-1/relays").willReturn(okJson("{\"id\":\"r-2\",\"service\":\"MENTAL_HEALTH\"}")));
        mvc.perform(relay().param("service", "MENTAL_HEALTH").param("date", "2026-11-20")
                        .param("handoverUntil", "").param("contact", "Dr Janssens"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tenants/t-1/consents"))
                .andExpect(flash().attribute("success", "Le relais est enregistré. Le statut de la personne est maintenant « Relayé »."));
        API.verify(postRequestedFor(urlEqualTo("/api/tenants/t-1/relays")).withRequestBody(equalToJson(
                "{\"service\":\"MENTAL_HEALTH\",\"date\":\"2026-11-20\",\"contact\":\"Dr Janssens\"}")));
    }

    @Test
    void aRefusedRelayNamesEveryFieldAndKeepsTheValues() throws Exception {
        API.stubFor(post("/api/tenants/t-1/relays").willReturn(FileStubs.badRequest(
                "{\"field\":\"date\",\"code\":\"in_future\",\"message\":\"cannot be in the future\"}",
                "{\"field\":\"handoverUntil\",\"code\":\"before_start\",\"message\":\"cannot be before\"}")));
        String page = mvc.perform(relay().param("service", "CPAS").param("date", "2999-01-01")
                        .param("handoverUntil", "2998-01-01").param("contact", "Mme Peeters"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<a href=\"#date\">La date du relais ne peut pas être dans le futur : notez le relais une fois fait.</a>")
                .contains("<a href=\"#handoverUntil\">La fin de l’accompagnement partagé ne peut pas précéder la date du relais.</a>")
                .contains("id=\"date-error\"").contains("id=\"handoverUntil-error\"")
                .contains("value=\"2999-01-01\"").contains("value=\"2998-01-01\"").contains("value=\"Mme Peeters\"")
                .contains("<option value=\"CPAS\" selected=\"selected\">CPAS</option>");
    }

    @Test
    void aServiceDownKeepsTheRelayTyped() throws Exception {
        API.stubFor(post("/api/tenants/t-1/relays").willReturn(FileStubs.unavailable()));
        String page = mvc.perform(relay().param("service", "OTHER").param("date", "2026-11-20")
                        .param("contact", "Le Foyer du Midi"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("momentanément indisponibles").contains("value=\"Le Foyer du Midi\"");
    }

    @Test
    void volunteersCannotOpenConsentsNorPostThere() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/tenants/t-1/consents").with(signedIn("eva", "smes", "volunteer")))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/tenants/t-1/consents/relays").with(signedIn("eva", "smes", "volunteer"))
                .with(csrf()).param("service", "CPAS")).andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(anyUrl()));
        API.verify(0, putRequestedFor(anyUrl()));
    }

    @Test
    void anotherOrganisationsTenantIsNotFound() throws Exception {
        FileStubs.otherOrganisation(API);
        mvc.perform(MockMvcRequestBuilders.get("/tenants/t-other/consents").with(signedIn("bruno", "diogenes", "staff")))
                .andExpect(status().isNotFound());
    }

    @Test
    void postsWithoutCsrfAreRefused() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/tenants/t-1/consents/relays").with(signedIn("alice", "smes", "staff"))
                .param("service", "CPAS")).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/tenants/t-1/consents").with(signedIn("alice", "smes", "staff"))
                .param("consents[0].granted", "true")).andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(anyUrl()));
        API.verify(0, putRequestedFor(anyUrl()));
    }

    private MockHttpServletRequestBuilder consents() {
        return MockMvcRequestBuilders.post("/tenants/t-1/consents").with(signedIn("alice", "smes", "staff")).with(csrf());
    }

    private MockHttpServletRequestBuilder relay() {
        return MockMvcRequestBuilders.post("/tenants/t-1/consents/relays").with(signedIn("alice", "smes", "staff"))
                .with(csrf());
    }

    private String page(String language) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/tenants/t-1/consents").with(signedIn("alice", "smes", "staff"))
                        .header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
