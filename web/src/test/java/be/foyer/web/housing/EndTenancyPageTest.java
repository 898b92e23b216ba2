package be.foyer.web.housing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** /housing/tenancies/{id}/end: end date and reason, each reason explained, errors beside the fields. */
class EndTenancyPageTest extends HousingPageTest {

    private static final String TENANCY = """
            {"id":"ty-1","tenantId":"t-1","dwellingId":"d-1","dwellingLabel":"Rue de la Victoire 7/1, 1060 Saint-Gilles",
             "siteName":"Maison Biloba","room":"Chambre 2","moveInDate":"2026-03-01","running":true}""";

    @Test
    void theFormNamesThePersonAndExplainsEachReason() throws Exception {
        API.stubFor(get("/api/tenancies/ty-1").willReturn(okJson(TENANCY)));
        tenantsNamed("t-1", "Marc", "Dupont");
        String page = html(MockMvcRequestBuilders.get("/housing/tenancies/ty-1/end").with(alice()));
        assertThat(page).contains("Mettre fin à un logement").contains("Marc Dupont").contains("Maison Biloba")
                .contains("1 mars 2026").contains("Retour à la rue").contains("Elle est retournée vivre à la rue.")
                .contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">Pourquoi la personne est-elle partie ?</legend>")
                .doesNotContain(">t-1<");
        String en = html(MockMvcRequestBuilders.get("/housing/tenancies/ty-1/end").with(alice()).param("lang", "en"));
        assertThat(en).contains("March 1, 2026").contains("They went back to living on the street.").contains("Back to the street");
    }

    @Test
    void endingPostsDateAndReasonThenShowsTheDwelling() throws Exception {
        API.stubFor(post("/api/tenancies/ty-1/end").willReturn(okJson(TENANCY.replace("\"running\":true",
                "\"running\":false,\"endDate\":\"2026-11-20\",\"endReason\":\"RETURN_TO_STREET\""))));
        mvc.perform(MockMvcRequestBuilders.post("/housing/tenancies/ty-1/end").with(alice()).with(csrf())
                        .param("endDate", "2026-11-20").param("reason", "RETURN_TO_STREET"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/housing/dwellings/d-1"));
        API.verify(postRequestedFor(urlEqualTo("/api/tenancies/ty-1/end"))
                .withRequestBody(equalToJson("{\"endDate\":\"2026-11-20\",\"reason\":\"RETURN_TO_STREET\"}")));
    }

    @Test
    void bothWrongFieldsAreNamedBesideThemAndTheDateStays() throws Exception {
        API.stubFor(get("/api/tenancies/ty-1").willReturn(okJson(TENANCY)));
        tenantsNamed("t-1", "Marc", "Dupont");
        API.stubFor(post("/api/tenancies/ty-1/end").willReturn(problem(400, """
                {"status":400,"errors":[{"field":"endDate","code":"in_future","message":"must not be in the future"},
                 {"field":"reason","code":"required","message":"is required"}]}""")));
        String page = html(MockMvcRequestBuilders.post("/housing/tenancies/ty-1/end").with(alice()).with(csrf())
                .param("endDate", "2999-01-01"));
        assertThat(page).contains("<a href=\"#endDate\">La date de départ ne peut pas être dans le futur")
                .contains("<a href=\"#reason\">Choisissez la raison du départ.</a>")
                .contains("id=\"endDate-error\"").contains("id=\"reason-error\"").contains("value=\"2999-01-01\"");
        API.verify(postRequestedFor(urlEqualTo("/api/tenancies/ty-1/end"))
                .withRequestBody(equalToJson("{\"endDate\":\"2999-01-01\",\"reason\":null}")));
    }

    @Test
    void endingTwiceIsSaidInTheUsersLanguage() throws Exception {
        API.stubFor(get("/api/tenancies/ty-1").willReturn(okJson(TENANCY)));
        tenantsNamed("t-1", "Marc", "Dupont");
        API.stubFor(post("/api/tenancies/ty-1/end").willReturn(problem(409,
                "{\"status\":409,\"detail\":\"The tenancy already ended on 2026-11-19.\"}")));
        String page = html(MockMvcRequestBuilders.post("/housing/tenancies/ty-1/end").with(alice()).with(csrf())
                .param("endDate", "2026-11-20").param("reason", "MOVED_ON"));
        assertThat(page).contains("Ce logement a déjà pris fin : rien n’a été changé.").doesNotContain("already ended");
    }

    @Test
    void anotherOrganisationsTenancyIsNotFound() throws Exception {
        API.stubFor(get("/api/tenancies/ty-other").willReturn(problem(404, "{\"status\":404}")));
        mvc.perform(MockMvcRequestBuilders.get("/housing/tenancies/ty-other/end").with(alice()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPostWithoutCsrfIsRefused() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/housing/tenancies/ty-1/end").with(alice())
                .param("endDate", "2026-11-20").param("reason", "MOVED_ON")).andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(urlEqualTo("/api/tenancies/ty-1/end")));
    }
}
