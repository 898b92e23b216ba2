package be.foyer.web.tenants.privacy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import be.foyer.web.PageTest;
import be.foyer.web.tenants.plan.FileStubs;

class PrivacyPageTest extends PageTest {

    private static final String READS = """
            {"items":[{"readBy":"alice","readAt":"2026-11-28T14:05:00Z","what":"SUPPORT_PLAN"},
                      {"readBy":"bruno","readAt":"2026-11-27T08:00:00Z","what":"EXPORT"}],
             "page":0,"size":20,"total":45}""";

    @BeforeEach
    void file() {
        FileStubs.tenant(API, FileStubs.TENANT);
        API.stubFor(get(urlPathEqualTo("/api/tenants/t-1/reads")).willReturn(okJson(READS)));
    }

    @Test
    void staffGetTheExportAndTheErasureButNotTheReadAudit() throws Exception {
        String page = page("alice", "staff", "fr");
        assertThat(page).contains("href=\"/tenants/t-1/export\"")
                .contains("Télécharger le dossier complet de Hélène Dubois (Lena) (fichier JSON)")
                .contains("Pour confirmer, tapez le nom de la personne : Hélène Dubois (Lena)")
                .contains("Effacer définitivement le dossier").doesNotContain("Qui a consulté ce dossier");
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/tenants/t-1/reads")));
    }

    @Test
    void coordinatorsSeeWhoReadTheFilePageByPage() throws Exception {
        String page = page("carla", "coordinator", "fr");
        assertThat(page).contains("Qui a consulté ce dossier").contains("Consultations, page 1 sur 3")
                .contains(">alice</td>").contains(">Plan d’accompagnement</td>").contains(">Export complet</td>")
                .contains("28 novembre 2026").contains("href=\"/tenants/t-1/privacy?page=1\"");
        API.verify(getRequestedFor(urlEqualTo("/api/tenants/t-1/reads?page=0&size=20")));
        String dutch = page("carla", "coordinator", "nl");
        assertThat(dutch).contains("Wie dit dossier heeft ingekeken").contains(">Begeleidingsplan</td>")
                .contains("28 november 2026");
    }

    @Test
    void whoReadTheFileIsReadByNameNeverAsAnId() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/tenants/t-1/reads")).willReturn(okJson(READS
                .replace("\"readBy\":\"alice\"", "\"readBy\":\"" + AUTHOR_ID + "\"")
                .replace("\"readBy\":\"bruno\"", "\"readBy\":\"Bruno Martin\""))));
        String page = page("carla", "coordinator", "fr");
        assertThat(page).doesNotContain(AUTHOR_ID).contains(">une personne de l’équipe</td>").contains(">Bruno Martin</td>");
        assertThat(page("carla", "coordinator", "en")).doesNotContain(AUTHOR_ID).contains(">a team member</td>");
    }

    @Test
    void theExportIsAJsonFileNamedAfterThePersonAndNeverCached() throws Exception {
        String export = "{\"exportedAt\":\"2026-11-29T22:30:00Z\",\"exportedBy\":\"alice\","
                + "\"file\":{\"firstName\":\"Hélène\",\"lastName\":\"Dubois\"},\"followUps\":[]}";
        API.stubFor(get("/api/tenants/t-1/export").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(export)));
        mvc.perform(MockMvcRequestBuilders.get("/tenants/t-1/export").with(signedIn("alice", "smes", "staff")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("attachment; filename=\"foyer-export-helene-dubois-2026-11-29.json\"")))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(content().bytes(export.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void aWrongConfirmationErasesNothingAndSaysSoBesideTheField() throws Exception {
        String page = mvc.perform(erase("alice", "staff").param("confirmation", "Hélène Dupont"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<a href=\"#confirmation\">Le nom tapé n’est pas celui de la personne : rien n’a été effacé.</a>")
                .contains("id=\"confirmation-error\"").contains("value=\"Hélène Dupont\"");
        API.verify(0, deleteRequestedFor(anyUrl()));
    }

    @Test
    void theRightNameErasesTheFileAndGoesBackToTheListWithAMessage() throws Exception {
        API.stubFor(delete("/api/tenants/t-1").willReturn(aResponse().withStatus(204)));
        mvc.perform(erase("alice", "staff").param("confirmation", "  helene DUBOIS lena "))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tenants"))
                .andExpect(flash().attribute("success", "Le dossier de Hélène Dubois (Lena) a été effacé."));
        API.verify(deleteRequestedFor(urlEqualTo("/api/tenants/t-1")));
    }

    @Test
    void aServiceDownWhileErasingKeepsTheConfirmation() throws Exception {
        API.stubFor(delete("/api/tenants/t-1").willReturn(FileStubs.unavailable()));
        String page = mvc.perform(erase("alice", "staff").param("confirmation", "Hélène Dubois (Lena)"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("momentanément indisponibles").contains("value=\"Hélène Dubois (Lena)\"");
    }

    @Test
    void volunteersReachNeitherThePageNorTheExportNorTheErasure() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/tenants/t-1/privacy").with(signedIn("eva", "smes", "volunteer")))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/tenants/t-1/export").with(signedIn("eva", "smes", "volunteer")))
                .andExpect(status().isForbidden());
        mvc.perform(erase("eva", "volunteer").param("confirmation", "Hélène Dubois (Lena)"))
                .andExpect(status().isForbidden());
        API.verify(0, deleteRequestedFor(anyUrl()));
        API.verify(0, getRequestedFor(urlEqualTo("/api/tenants/t-1/export")));
    }

    @Test
    void anotherOrganisationsTenantIsNotFound() throws Exception {
        FileStubs.otherOrganisation(API);
        mvc.perform(MockMvcRequestBuilders.get("/tenants/t-other/privacy").with(signedIn("bruno", "diogenes", "coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/tenants/t-other/export").with(signedIn("bruno", "diogenes", "staff")))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.post("/tenants/t-other/privacy/erase").with(signedIn("bruno", "diogenes", "staff"))
                .with(csrf()).param("confirmation", "x")).andExpect(status().isNotFound());
        API.verify(0, deleteRequestedFor(anyUrl()));
    }

    @Test
    void anErasureWithoutCsrfIsRefused() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/tenants/t-1/privacy/erase").with(signedIn("alice", "smes", "staff"))
                .param("confirmation", "Hélène Dubois (Lena)")).andExpect(status().isForbidden());
        API.verify(0, deleteRequestedFor(anyUrl()));
    }

    private MockHttpServletRequestBuilder erase(String username, String role) {
        return MockMvcRequestBuilders.post("/tenants/t-1/privacy/erase").with(signedIn(username, "smes", role)).with(csrf());
    }

    private String page(String username, String role, String language) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/tenants/t-1/privacy").with(signedIn(username, "smes", role))
                        .header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
