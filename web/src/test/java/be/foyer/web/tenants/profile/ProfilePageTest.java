package be.foyer.web.tenants.profile;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import be.foyer.web.PageTest;
import be.foyer.web.tenants.plan.FileStubs;

class ProfilePageTest extends PageTest {

    @BeforeEach
    void file() {
        FileStubs.tenant(API, FileStubs.TENANT);
    }

    @Test
    void staffSeeEveryDetailWithTheNumberAsTheApiFormatsItAndTheStatusHistory() throws Exception {
        String page = page("/tenants/t-1/profile", "fr", "alice", "staff");
        assertThat(page).contains("<h2 class=\"govuk-heading-m\">Données personnelles</h2>")
                .contains(">Hélène<").contains(">Dubois<").contains(">Lena<").contains("30 juillet 1985")
                .contains("français, arabe").contains("+32 470 12 34 56").contains("0470/12.34.56")
                .contains("1 adulte, 2 enfants").contains(">alice<").contains(">eva<")
                .contains("Numéro de registre national").contains("85.07.30-033.28")
                .contains("le 10 janvier 2026 par alice")
                .contains(">En recherche de logement<").contains(">En rue<").contains("3 mars 2026")
                .contains("le logement (automatique)")
                .contains("href=\"/tenants/t-1/profile/edit\"");
        // latest status first
        assertThat(page.indexOf("3 mars 2026")).isLessThan(page.lastIndexOf("10 janvier 2026"));
    }

    @Test
    void whoRegisteredAndChangedTheStatusIsReadByNameNeverAsAnId() throws Exception {
        FileStubs.tenant(API, FileStubs.TENANT.replace("\"registeredBy\":\"alice\"", "\"registeredBy\":\"" + AUTHOR_ID + "\"")
                .replace("\"changedBy\":\"alice\"", "\"changedBy\":\"Alice Test\""));
        String page = page("/tenants/t-1/profile", "fr", "alice", "staff");
        assertThat(page).doesNotContain(AUTHOR_ID).contains("le 10 janvier 2026 par une personne de l’équipe")
                .contains(">Alice Test<").contains("le logement (automatique)");
        assertThat(page("/tenants/t-1/profile", "en", "alice", "staff")).doesNotContain(AUTHOR_ID)
                .contains("by a team member");
    }

    @Test
    void inDutchLabelsLanguagesAndDatesAreDutch() throws Exception {
        String page = page("/tenants/t-1/profile", "nl", "alice", "staff");
        assertThat(page).contains("Persoonsgegevens").contains("30 juli 1985").contains("Frans, Arabisch")
                .contains("1 volwassene, 2 kinderen").contains(">Op zoek naar een woning<").contains("Rijksregisternummer");
    }

    @Test
    void volunteersReadTheProfileWithoutTheNumberAndCannotEditIt() throws Exception {
        FileStubs.tenant(API, FileStubs.TENANT_FOR_VOLUNTEER);
        String page = page("/tenants/t-1/profile", "fr", "eva", "volunteer");
        assertThat(page).contains(">Hélène<").doesNotContain("registre national").doesNotContain("/profile/edit")
                .doesNotContain("href=\"/tenants/t-1/consents\"").doesNotContain("href=\"/tenants/t-1/privacy\"");
        mvc.perform(MockMvcRequestBuilders.get("/tenants/t-1/profile/edit").with(signedIn("eva", "smes", "volunteer")))
                .andExpect(status().isForbidden());
        mvc.perform(edit("eva", "volunteer").param("phone", "")).andExpect(status().isForbidden());
        API.verify(0, patchRequestedFor(anyUrl()));
    }

    @Test
    void theEditFormOffersEveryStatusButRelayedAndExplainsThem() throws Exception {
        String page = page("/tenants/t-1/profile/edit", "fr", "alice", "staff");
        assertThat(page).contains("value=\"85.07.30-033.28\"").contains("value=\"fr, ar\"").contains("value=\"Hélène\"")
                .contains("<option value=\"SEARCHING\" selected=\"selected\">En recherche de logement</option>")
                .contains("<option value=\"HOUSED\">Logé</option>").doesNotContain("<option value=\"RELAYED\"")
                .contains("La personne a été confiée à un autre service");
    }

    @Test
    void savingSendsOnlyWhatChangedAndAnEmptyTextClearsIt() throws Exception {
        API.stubFor(patch(urlEqualTo("/api/tenants/t-1")).willReturn(okJson(FileStubs.TENANT)));
        mvc.perform(edited("alice", "staff", "phone", "", "status", "HOUSED", "languages", "fr, AR, nl"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tenants/t-1/profile"))
                .andExpect(flash().attribute("success", "Les données sont enregistrées."));
        API.verify(patchRequestedFor(urlEqualTo("/api/tenants/t-1")).withRequestBody(equalToJson(
                "{\"phone\":\"\",\"status\":\"HOUSED\",\"languages\":[\"fr\",\"ar\",\"nl\"]}")));
    }

    @Test
    void nothingChangedSendsNothing() throws Exception {
        mvc.perform(edited("alice", "staff"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "Rien n’a été modifié."));
        API.verify(0, patchRequestedFor(anyUrl()));
    }

    @Test
    void everyRefusedFieldShowsAtOnceBesideItAndTheValuesStay() throws Exception {
        API.stubFor(patch(urlEqualTo("/api/tenants/t-1")).willReturn(FileStubs.badRequest(
                "{\"field\":\"firstName\",\"code\":\"required\",\"message\":\"give a first name or a nickname\"}",
                "{\"field\":\"nationalRegisterNumber\",\"code\":\"check_failed\",\"message\":\"bad check digits\"}",
                "{\"field\":\"household.adults\",\"code\":\"too_small\",\"message\":\"must be at least 1\"}")));
        String page = mvc.perform(edited("alice", "staff", "firstName", "", "preferredName", "",
                        "nationalRegisterNumber", "85.07.30-033.29", "adults", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary")
                .contains("<a href=\"#firstName\">Donnez un prénom ou un surnom.</a>")
                .contains("<a href=\"#nationalRegisterNumber\">Ce numéro de registre national n’existe pas : vérifiez les chiffres.</a>")
                .contains("<a href=\"#adults\">Adultes (la personne comprise) : la valeur est trop petite.</a>")
                .contains("id=\"firstName-error\"").contains("id=\"nationalRegisterNumber-error\"").contains("id=\"adults-error\"")
                .contains("value=\"85.07.30-033.29\"").contains("value=\"0\"");
    }

    @Test
    void aBirthDateCannotBeEmptiedAndNothingIsSent() throws Exception {
        String page = mvc.perform(edited("alice", "staff", "birthDate", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<a href=\"#birthDate\">Une date de naissance peut être corrigée, pas effacée.</a>");
        API.verify(0, patchRequestedFor(anyUrl()));
    }

    @Test
    void aServiceDownKeepsWhatWasTyped() throws Exception {
        API.stubFor(patch(urlEqualTo("/api/tenants/t-1")).willReturn(FileStubs.unavailable()));
        String page = mvc.perform(edited("alice", "staff", "phone", "0499 11 22 33"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("momentanément indisponibles").contains("value=\"0499 11 22 33\"");
    }

    @Test
    void anotherOrganisationsTenantIsNotFound() throws Exception {
        FileStubs.otherOrganisation(API);
        mvc.perform(MockMvcRequestBuilders.get("/tenants/t-other/profile").with(signedIn("bruno", "diogenes", "staff")))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/tenants/t-other/profile/edit").with(signedIn("bruno", "diogenes", "staff")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPostWithoutCsrfIsRefused() throws Exception {
        mvc.perform(post("/tenants/t-1/profile/edit").with(signedIn("alice", "smes", "staff")).param("phone", ""))
                .andExpect(status().isForbidden());
        API.verify(0, patchRequestedFor(anyUrl()));
    }

    private MockHttpServletRequestBuilder edit(String username, String role) {
        return post("/tenants/t-1/profile/edit").with(signedIn(username, "smes", role)).with(csrf());
    }

    /**
     * The form as the edit page fills it from {@link FileStubs#TENANT}, with {@code changes} (field, value, ...)
     * typed over it.
     */
    private MockHttpServletRequestBuilder edited(String username, String role, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] filled = {"firstName", "Hélène", "lastName", "Dubois", "preferredName", "Lena",
                "birthDate", "1985-07-30", "birthYear", "", "languages", "fr, ar", "phone", "+32 470 12 34 56",
                "whatsApp", "0470/12.34.56", "adults", "1", "children", "2", "referentWorkers", "alice",
                "assignedVolunteers", "eva", "nationalRegisterNumber", "85.07.30-033.28", "status", "SEARCHING"};
        for (int i = 0; i < filled.length; i += 2) {
            fields.put(filled[i], filled[i + 1]);
        }
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder form = edit(username, role);
        fields.forEach(form::param);
        return form;
    }

    private String page(String path, String language, String username, String role) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(signedIn(username, "smes", role))
                        .header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
