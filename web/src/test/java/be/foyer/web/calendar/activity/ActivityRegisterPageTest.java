package be.foyer.web.calendar.activity;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** /…/register: one of my tenants picked by name, to this date only or to every date of the series. */
class ActivityRegisterPageTest extends ActivityPageTestBase {

    private static final String PAGE = DATE_PAGE + "/register";

    private static void tenantsStubbed() {
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson("""
                {"items":[{"id":"t-1","firstName":"Marc","lastName":"Dupont"},{"id":"t-5","preferredName":"Le Grand"}],
                 "page":0,"size":10,"total":2}""")));
    }

    private MockHttpServletRequestBuilder register(String scope) {
        return MockMvcRequestBuilders.post(PAGE).with(alice()).with(csrf()).param("tenantId", "t-1")
                .param("scope", scope).param("q", "dup");
    }

    @Test
    void theFormOffersMyTenantsByNameAndBothScopes() throws Exception {
        dateStubbed();
        tenantsStubbed();
        String page = html(MockMvcRequestBuilders.get(PAGE).with(signedIn("eva", "smes", "volunteer")));
        assertThat(page).contains("Inscrire une personne").contains("Qui inscrivez-vous ?").contains(">Marc Dupont</label>")
                .contains(">Le Grand</label>").contains("form=\"register-form\"").contains("Cette date seulement")
                .contains("Toutes les dates de l’activité").contains("Cette date est complète");
        API.verify(getRequestedFor(urlPathEqualTo("/api/tenants")).withHeader("Authorization", equalTo("Bearer " + accessToken("eva"))));
    }

    @Test
    void thisDateOnlyPostsOneRegistrationWithTheFirstName() throws Exception {
        tenantsStubbed();
        API.stubFor(post("/api/activities/a-1/registrations").willReturn(okJson(
                "{\"id\":\"r-9\",\"status\":\"WAITLISTED\",\"position\":2}").withStatus(201)));
        mvc.perform(register("ONE")).andExpect(status().isFound()).andExpect(redirectedUrl(DATE_PAGE))
                .andExpect(flash().attribute("success", "Marc est sur la liste d’attente (position 2)."));
        API.verify(postRequestedFor(urlEqualTo("/api/activities/a-1/registrations")).withRequestBody(equalToJson(
                "{\"tenantId\":\"t-1\",\"occurrenceId\":\"" + O + "\",\"firstName\":\"Marc\"}")));
        API.verify(0, postRequestedFor(urlEqualTo("/api/activities/a-1/series-registrations")));
    }

    @Test
    void everyDatePostsTheSeriesRegistration() throws Exception {
        tenantsStubbed();
        API.stubFor(post("/api/activities/a-1/series-registrations").willReturn(okJson("""
                {"tenantId":"t-1","items":[{"occurrenceId":"x1","status":"CONFIRMED","position":null},
                 {"occurrenceId":"x2","status":"WAITLISTED","position":1},{"occurrenceId":"x3","status":"CONFIRMED"}]}""")
                .withStatus(201)));
        mvc.perform(register("SERIES")).andExpect(status().isFound())
                .andExpect(flash().attribute("success", "Marc est inscrit(e) à 3 date(s), dont 1 sur liste d’attente."));
        API.verify(postRequestedFor(urlEqualTo("/api/activities/a-1/series-registrations"))
                .withRequestBody(equalToJson("{\"tenantId\":\"t-1\",\"firstName\":\"Marc\"}")));
        API.verify(0, postRequestedFor(urlEqualTo("/api/activities/a-1/registrations")));
    }

    @Test
    void refusalsShowAtTheTopAndBesideTheFieldsWithThePickStillChecked() throws Exception {
        dateStubbed();
        tenantsStubbed();
        API.stubFor(post("/api/activities/a-1/registrations").willReturn(problem(400, """
                {"status":400,"errors":[{"field":"tenantId","code":"unknown","message":"unknown tenant"},
                 {"field":"occurrenceId","code":"conflicting","message":"closed"}]}""")));
        String page = html(register("ONE"));
        assertThat(page).contains("govuk-error-summary").contains("href=\"#tenantId\"")
                .contains("Cette personne ne fait pas partie de celles que vous suivez.")
                .contains("Les inscriptions à cette date sont closes.").contains("id=\"tenantId-error\"")
                .contains("value=\"dup\"");
        assertThat(page).containsPattern("value=\"t-1\"[^>]*checked=\"checked\"");
    }

    @Test
    void nobodyPickedIsSaidWithoutAskingTheApiAndNothingOpenInTheSeriesIsExplained() throws Exception {
        dateStubbed();
        tenantsStubbed();
        String page = html(MockMvcRequestBuilders.post(PAGE).with(alice()).with(csrf()).param("scope", "ONE"));
        assertThat(page).contains("Choisissez la personne à inscrire.");
        API.verify(0, postRequestedFor(urlPathEqualTo("/api/activities/a-1/registrations")));
        API.stubFor(post("/api/activities/a-1/series-registrations").willReturn(problem(409,
                "{\"status\":409,\"detail\":\"nothing open\"}")));
        assertThat(html(register("SERIES"))).contains("Plus aucune date de cette activité n’est ouverte")
                .containsPattern("value=\"SERIES\"[^>]*checked=\"checked\"");
    }

    @Test
    void anOutageKeepsThePickAndTheScope() throws Exception {
        tenantsStubbed();
        API.stubFor(post("/api/activities/a-1/series-registrations").willReturn(problem(503, "{\"status\":503}")));
        API.stubFor(get(urlEqualTo(OCCURRENCE_API)).willReturn(problem(503, "{\"status\":503}")));
        String page = html(register("SERIES"));
        assertThat(page).contains("n’est pas perdu").containsPattern("value=\"t-1\"[^>]*checked=\"checked\"")
                .containsPattern("value=\"SERIES\"[^>]*checked=\"checked\"");
    }

    @Test
    void withTenantServiceDownNothingIsRegisteredWithoutTheName() throws Exception {
        dateStubbed();
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(problem(503, "{\"status\":503}")));
        assertThat(html(register("ONE"))).contains("n’est pas perdu");
        API.verify(0, postRequestedFor(urlPathEqualTo("/api/activities/a-1/registrations")));
    }

    @Test
    void inDutch() throws Exception {
        dateStubbed();
        tenantsStubbed();
        assertThat(html(MockMvcRequestBuilders.get(PAGE).param("lang", "nl").with(alice())))
                .contains("Wie schrijft u in?").contains("Alle data van de activiteit");
    }

    @Test
    void facilitatorsAndTheAnalystMayNotRegisterAndAPostNeedsCsrf() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get(PAGE).with(farid())).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get(PAGE).with(analyst())).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post(PAGE).with(alice()).param("tenantId", "t-1"))
                .andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(urlPathEqualTo("/api/activities/a-1/registrations")));
    }

    @Test
    void anotherOrganisationsActivityIsNotFound() throws Exception {
        tenantsStubbed();
        API.stubFor(get(urlEqualTo(OCCURRENCE_API)).willReturn(notFound()));
        mvc.perform(MockMvcRequestBuilders.get(PAGE).with(bruno())).andExpect(status().isNotFound());
    }
}
