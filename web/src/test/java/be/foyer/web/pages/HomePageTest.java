package be.foyer.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import be.foyer.web.PageTest;

class HomePageTest extends PageTest {

    private static final String EMPTY_CASELOAD = "{\"tenants\":[],\"appointments\":[],\"recentlyOpened\":[]}";

    @Test
    void staffSeeTheirNameOrganisationAndCaseFileNavigation() throws Exception {
        API.stubFor(WireMock.get("/api/tenants/caseload").willReturn(WireMock.okJson(EMPTY_CASELOAD)));
        String page = html("/", signedIn("alice", "smes", "staff"));
        assertThat(page).contains("Bonjour Alice Test").contains("Organisation : Smes")
                .contains("href=\"/tenants\"").contains("href=\"/housing\"")
                .contains("href=\"/reports\"").doesNotContain("Vos pages arrivent bientôt")
                .contains("<title>Accueil – Foyer</title>").contains("id=\"main-content\"")
                .contains("data-user=\"alice\"");
    }

    @Test
    void volunteersHaveNoHousing() throws Exception {
        API.stubFor(WireMock.get("/api/tenants/caseload").willReturn(WireMock.okJson(EMPTY_CASELOAD)));
        String page = html("/", signedIn("eva", "habitat-et-humanisme", "volunteer"));
        assertThat(page).contains("href=\"/tenants\"").doesNotContain("href=\"/housing\"")
                .contains("Habitat et Humanisme");
    }

    @Test
    void facilitatorsSeeWhatTheyCanDoAndNoCaseFiles() throws Exception {
        String page = html("/", signedIn("farid", "smes", "facilitator"));
        assertThat(page).contains("Bonjour Farid Test").doesNotContain("arrivent bientôt")
                .contains("Vous animez l’agenda partagé").contains("href=\"/calendar\"").contains("href=\"/council\"")
                .doesNotContain("href=\"/tenants\"").doesNotContain("Les personnes que je suis");
    }

    @Test
    void theFederationAnalystSeesReportsTheCalendarAndTheDecisionsLogOnly() throws Exception {
        String page = html("/", signedIn("gina", null, "federation-analyst"));
        assertThat(page).contains("Vous consultez les chiffres mensuels").contains("href=\"/reports\"")
                .contains("href=\"/calendar\"").contains("href=\"/council/decisions\"")
                .doesNotContain("href=\"/tenants\"").doesNotContain("href=\"/council\"");
    }

    @Test
    void aRoleWithoutCaseFilesGetsTheNotAllowedPageOnTenantFiles() throws Exception {
        mvc.perform(get("/tenants").with(signedIn("farid", "smes", "facilitator")))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/forbidden"));
        // MockMvc does not follow forwards: the page it forwards to
        assertThat(html("/forbidden", signedIn("farid", "smes", "facilitator"))).contains("Accès non autorisé");
    }

    @Test
    void anUnknownPageIsTheNotFoundPage() throws Exception {
        // rendered by Boot's error page from templates/error/404.html (MockMvc does not render error dispatches)
        mvc.perform(get("/no-such-page").with(signedIn("alice", "smes", "staff")))
                .andExpect(status().isNotFound());
    }

    private String html(String path, org.springframework.test.web.servlet.request.RequestPostProcessor user)
            throws Exception {
        return mvc.perform(get(path).with(user)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
