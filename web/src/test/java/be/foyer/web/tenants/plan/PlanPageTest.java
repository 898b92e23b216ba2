package be.foyer.web.tenants.plan;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import be.foyer.web.PageTest;

class PlanPageTest extends PageTest {

    private static final String PLAN = """
            {"tenantId":"t-1","revision":2,"revisedBy":"alice","revisedAt":"2026-11-12T09:30:00Z",
             "goals":[{"domain":"HOUSING","description":"Trouver un studio à Ixelles","status":"IN_PROGRESS",
                       "startDate":"2026-11-01","targetDate":"2027-03-31"},
                      {"domain":"HEALTH","description":"Voir un dentiste","status":"ACHIEVED"},
                      {"domain":"HOUSING","description":"Ouvrir un compte","status":"PLANNED"}],
             "revisions":[{"revision":2,"revisedBy":"alice","revisedAt":"2026-11-12T09:30:00Z","goals":[
                            {"domain":"HOUSING","description":"Trouver un studio à Ixelles","status":"IN_PROGRESS"}]},
                          {"revision":1,"revisedBy":"bruno","revisedAt":"2026-10-01T08:00:00Z","goals":[
                            {"domain":"HEALTH","description":"Voir un dentiste","status":"ABANDONED"}]}]}""";

    @BeforeEach
    void file() {
        FileStubs.tenant(API, FileStubs.TENANT);
        API.stubFor(get("/api/tenants/t-1/support-plan").willReturn(okJson(PLAN)));
    }

    @Test
    void goalsAreGroupedPerLifeDomainWithTranslatedStatusesDatesAndRevisions() throws Exception {
        String page = page("/tenants/t-1/plan", "fr", "alice", "staff");
        assertThat(page).contains("<h1").contains("Hélène Dubois (Lena)")
                .contains("<h2 class=\"govuk-heading-m\">Plan d’accompagnement</h2>")
                .contains("<h3 class=\"govuk-heading-s\">Logement</h3>").contains("<h3 class=\"govuk-heading-s\">Santé</h3>")
                .contains(">En cours</strong>").contains(">Atteint</strong>").contains(">Prévu</strong>")
                .contains("Début : 1 novembre 2026").contains("Échéance visée : 31 mars 2027")
                .contains("Version 2 en vigueur, écrite le 12 novembre 2026")
                .contains("Version 1, le 1 octobre 2026").contains("par bruno").contains(">Abandonné</strong>")
                .contains("govuk-details").contains("href=\"/tenants/t-1/plan/edit\"")
                .contains("aria-current=\"page\"");
        // the two housing goals under one heading, in the order written
        assertThat(page.indexOf("Ouvrir un compte")).isGreaterThan(page.indexOf("Trouver un studio"))
                .isLessThan(page.indexOf("<h3 class=\"govuk-heading-s\">Santé</h3>"));
    }

    @Test
    void whoWroteEachVersionIsReadByNameNeverAsAnId() throws Exception {
        API.stubFor(get("/api/tenants/t-1/support-plan").willReturn(okJson(PLAN
                .replace("\"revisedBy\":\"alice\"", "\"revisedBy\":\"" + AUTHOR_ID + "\"")
                .replace("\"revisedBy\":\"bruno\"", "\"revisedBy\":\"Bruno Martin\""))));
        String page = page("/tenants/t-1/plan", "fr", "alice", "staff");
        assertThat(page).doesNotContain(AUTHOR_ID).contains("écrite le 12 novembre 2026 10:30 par une personne de l’équipe")
                .contains("par Bruno Martin");
        assertThat(page("/tenants/t-1/plan", "nl", "alice", "staff")).doesNotContain(AUTHOR_ID)
                .contains("door iemand van het team").contains("door Bruno Martin");
    }

    @Test
    void inDutchTheSamePlanHasDutchLabelsAndDates() throws Exception {
        String page = page("/tenants/t-1/plan", "nl", "alice", "staff");
        assertThat(page).contains("Begeleidingsplan").contains(">Wonen</h3>").contains(">Bezig</strong>")
                .contains("Begin: 1 november 2026").contains("Beoogd tegen: 31 maart 2027").contains("Plan herzien");
    }

    @Test
    void volunteersReadThePlanButCannotReviseIt() throws Exception {
        FileStubs.tenant(API, FileStubs.TENANT_FOR_VOLUNTEER);
        String page = page("/tenants/t-1/plan", "fr", "eva", "volunteer");
        assertThat(page).contains("Trouver un studio à Ixelles").doesNotContain("/plan/edit")
                .doesNotContain("href=\"/tenants/t-1/consents\"").doesNotContain("href=\"/tenants/t-1/privacy\"");
        mvc.perform(MockMvcRequestBuilders.get("/tenants/t-1/plan/edit").with(signedIn("eva", "smes", "volunteer")))
                .andExpect(status().isForbidden());
        String refused = mvc.perform(post("/tenants/t-1/plan/edit").with(signedIn("eva", "smes", "volunteer")).with(csrf())
                        .param("save", "1").param("goals[0].domain", "HEALTH").param("goals[0].description", "x"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Accès non autorisé");
        API.verify(0, putRequestedFor(anyUrl()));
    }

    @Test
    void theEditFormHoldsTheGoalsAndEmptyRows() throws Exception {
        String page = page("/tenants/t-1/plan/edit", "fr", "alice", "staff");
        assertThat(page).contains(">Trouver un studio à Ixelles</textarea>")
                .contains("name=\"goals[2].description\"").contains("name=\"goals[4].description\"")
                .doesNotContain("name=\"goals[5].description\"")
                .contains("Retirer l’objectif 1").contains("Ajouter un objectif");
    }

    @Test
    void savingSendsTheWholeListWithoutTheBlankRows() throws Exception {
        API.stubFor(put("/api/tenants/t-1/support-plan").willReturn(okJson(PLAN)));
        mvc.perform(post("/tenants/t-1/plan/edit").with(signedIn("alice", "smes", "staff")).with(csrf())
                        .param("save", "1")
                        .param("goals[0].domain", "HOUSING").param("goals[0].description", " Trouver un studio ")
                        .param("goals[0].status", "IN_PROGRESS").param("goals[0].startDate", "2026-11-01")
                        .param("goals[0].targetDate", "")
                        .param("goals[1].domain", "").param("goals[1].description", "").param("goals[1].status", "PLANNED")
                        .param("goals[2].domain", "HEALTH").param("goals[2].description", "Voir un dentiste")
                        .param("goals[2].status", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tenants/t-1/plan"))
                .andExpect(flash().attribute("success", "La nouvelle version du plan est enregistrée."));
        API.verify(putRequestedFor(urlEqualTo("/api/tenants/t-1/support-plan")).withRequestBody(equalToJson("""
                {"goals":[{"domain":"HOUSING","description":"Trouver un studio","status":"IN_PROGRESS","startDate":"2026-11-01"},
                          {"domain":"HEALTH","description":"Voir un dentiste"}]}""")));
    }

    @Test
    void everyErrorShowsBesideItsRowEvenPastABlankRowAndTheValuesStay() throws Exception {
        API.stubFor(put("/api/tenants/t-1/support-plan").willReturn(FileStubs.badRequest(
                "{\"field\":\"goals[0].description\",\"code\":\"required\",\"message\":\"is required\"}",
                "{\"field\":\"goals[1].targetDate\",\"code\":\"before_start\",\"message\":\"cannot be before\"}")));
        String page = mvc.perform(post("/tenants/t-1/plan/edit").with(signedIn("alice", "smes", "staff")).with(csrf())
                        .param("save", "1")
                        .param("goals[0].domain", "HOUSING").param("goals[0].description", "")
                        .param("goals[1].domain", "").param("goals[1].description", "")
                        .param("goals[2].domain", "HEALTH").param("goals[2].description", "Voir un dentiste")
                        .param("goals[2].startDate", "2027-01-10").param("goals[2].targetDate", "2026-12-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary")
                .contains("<a href=\"#goals[0].description\">Objectif 1 : écrivez l’objectif convenu.</a>")
                .contains("<a href=\"#goals[2].targetDate\">Objectif 3 : l’échéance ne peut pas précéder la date de début.</a>")
                .contains("id=\"goals[0].description-error\"").contains("id=\"goals[2].targetDate-error\"")
                .doesNotContain("id=\"goals[1].targetDate-error\"")
                .contains("value=\"2026-12-01\"").contains("Voir un dentiste")
                .contains("data-draft-clear=\"plan-t-1\"");
    }

    @Test
    void addAndRemoveRowsWithoutJavaScriptAndWithoutSaving() throws Exception {
        String added = mvc.perform(post("/tenants/t-1/plan/edit").with(signedIn("alice", "smes", "staff")).with(csrf())
                        .param("add", "1")
                        .param("goals[0].domain", "HOUSING").param("goals[0].description", "Trouver un studio")
                        .param("goals[1].domain", "HEALTH").param("goals[1].description", "Voir un dentiste"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(added).contains("name=\"goals[2].description\"").doesNotContain("name=\"goals[3].description\"")
                .contains("Trouver un studio").contains("Voir un dentiste");
        String removed = mvc.perform(post("/tenants/t-1/plan/edit").with(signedIn("alice", "smes", "staff")).with(csrf())
                        .param("remove", "0")
                        .param("goals[0].domain", "HOUSING").param("goals[0].description", "Trouver un studio")
                        .param("goals[1].domain", "HEALTH").param("goals[1].description", "Voir un dentiste"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(removed).doesNotContain(">Trouver un studio</textarea>").contains(">Voir un dentiste</textarea>")
                .doesNotContain("name=\"goals[1].description\"");
        API.verify(0, putRequestedFor(anyUrl()));
    }

    @Test
    void aServiceDownKeepsWhatWasTyped() throws Exception {
        API.stubFor(put("/api/tenants/t-1/support-plan").willReturn(FileStubs.unavailable()));
        String page = mvc.perform(post("/tenants/t-1/plan/edit").with(signedIn("alice", "smes", "staff")).with(csrf())
                        .param("save", "1").param("goals[0].domain", "CULTURE")
                        .param("goals[0].description", "Aller au musée Magritte"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("momentanément indisponibles").contains("Aller au musée Magritte")
                .contains("<option value=\"CULTURE\" selected=\"selected\">Culture</option>");
    }

    @Test
    void anotherOrganisationsTenantIsNotFound() throws Exception {
        FileStubs.otherOrganisation(API);
        mvc.perform(MockMvcRequestBuilders.get("/tenants/t-other/plan").with(signedIn("bruno", "diogenes", "staff")))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/tenants/t-other/plan/edit").with(signedIn("bruno", "diogenes", "staff")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPostWithoutCsrfIsRefused() throws Exception {
        mvc.perform(post("/tenants/t-1/plan/edit").with(signedIn("alice", "smes", "staff"))
                        .param("save", "1").param("goals[0].domain", "HEALTH").param("goals[0].description", "x"))
                .andExpect(status().isForbidden());
        API.verify(0, putRequestedFor(anyUrl()));
    }

    private String page(String path, String language, String username, String role) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(signedIn(username, "smes", role))
                        .header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
