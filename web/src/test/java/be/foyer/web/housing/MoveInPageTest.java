package be.foyer.web.housing;

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

/** /housing/dwellings/{id}/move-in: the person picked by name, refusals explained beside the right field. */
class MoveInPageTest extends HousingPageTest {

    private static final String PEOPLE = """
            {"items":[{"id":"t-1","firstName":"Marc","lastName":"Dupont","birthDate":"1971-04-02"},
                      {"id":"t-3","preferredName":"Le Grand"}],"page":0,"size":20,"total":2}""";

    private MockHttpServletRequestBuilder moveIn() {
        return MockMvcRequestBuilders.post("/housing/dwellings/d-1/move-in").with(alice()).with(csrf())
                .param("q", "dup").param("tenantId", "t-1").param("room", "Chambre 2")
                .param("moveInDate", "2026-11-01").param("plannedEnd", "");
    }

    @Test
    void theFormOffersTheWorkersOwnTenantsByName() throws Exception {
        DwellingPageTest.dwellingStubbed();
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(PEOPLE)));
        String page = html(MockMvcRequestBuilders.get("/housing/dwellings/d-1/move-in").with(alice()));
        assertThat(page).contains("Faire emménager quelqu’un").contains("Rue de la Victoire 7/1, 1060 Saint-Gilles")
                .contains("1 place(s) libre(s) sur 2 (chambres)")
                .contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">Qui emménage ?</legend>")
                .contains("value=\"t-1\"").contains(">Marc Dupont</label>").contains("Né(e) le 2 avril 1971")
                .contains(">Le Grand</label>").contains("name=\"room\"").contains("hx-get=\"/housing/dwellings/d-1/move-in\"");
        assertThat(page.replaceAll("value=\"t-[13]\"", "")).doesNotContain(">t-1").doesNotContain(">t-3");
    }

    @Test
    void typingANameAsksTenantServiceAndHtmxGetsTheListAlone() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(PEOPLE)));
        String fragment = html(MockMvcRequestBuilders.get("/housing/dwellings/d-1/move-in").with(alice())
                .param("q", "dupont").header("HX-Request", "true"));
        API.verify(getRequestedFor(urlPathEqualTo("/api/tenants")).withQueryParam("q", equalTo("dupont")));
        assertThat(fragment).startsWith("<div id=\"people\"").contains(">Marc Dupont</label>")
                .doesNotContain("<html").doesNotContain("<h1");
    }

    @Test
    void withoutJavaScriptTheSearchButtonReloadsThePageWithTheResults() throws Exception {
        DwellingPageTest.dwellingStubbed();
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(list("", 0))));
        String page = html(MockMvcRequestBuilders.get("/housing/dwellings/d-1/move-in").with(alice()).param("q", "zorro"));
        assertThat(page).contains("Personne ne correspond à « zorro »").contains("value=\"zorro\"");
    }

    @Test
    void movingInPostsThePickedPersonsIdAndGoesBackToTheDwelling() throws Exception {
        API.stubFor(post("/api/tenancies").willReturn(okJson("{\"id\":\"ty-9\",\"dwellingId\":\"d-1\",\"running\":true}")
                .withStatus(201)));
        mvc.perform(moveIn()).andExpect(status().isFound()).andExpect(redirectedUrl("/housing/dwellings/d-1"))
                .andExpect(flash().attribute("success", "L’emménagement est enregistré."));
        API.verify(postRequestedFor(urlEqualTo("/api/tenancies")).withRequestBody(equalToJson("""
                {"tenantId":"t-1","dwellingId":"d-1","room":"Chambre 2","moveInDate":"2026-11-01","plannedEnd":null}""")));
    }

    @Test
    void anOverlappingTenancyIsExplainedBesideTheDateAndTheValuesStay() throws Exception {
        DwellingPageTest.dwellingStubbed();
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(PEOPLE)));
        API.stubFor(post("/api/tenancies").willReturn(problem(409, """
                {"status":409,"detail":"The tenant already has a tenancy from 2026-03-01 that is still running",
                 "errors":[{"field":"moveInDate","code":"conflicting","message":"The tenant already has a tenancy"}]}""")));
        String page = html(moveIn());
        assertThat(page).contains("govuk-error-summary")
                .contains("<a href=\"#moveInDate\">Cette personne habite déjà un autre logement à cette date. Mettez d’abord fin à ce logement, ou choisissez une date d’emménagement après sa fin.</a>")
                .contains("id=\"moveInDate-error\"").contains("value=\"2026-11-01\"").contains("value=\"Chambre 2\"")
                .contains("value=\"dup\"").containsPattern("value=\"t-1\"\\s+id=\"tenantId\"[^>]*checked=\"checked\"")
                .doesNotContain("The tenant already has");
    }

    @Test
    void aFullDwellingAndATakenRoomAreSaidInDutchBesideTheirPlace() throws Exception {
        DwellingPageTest.dwellingStubbed();
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(PEOPLE)));
        API.stubFor(post("/api/tenancies").willReturn(problem(409, """
                {"status":409,"detail":"full","errors":[{"field":"dwellingId","code":"conflicting","message":"This dwelling is full"},
                 {"field":"room","code":"conflicting","message":"The room is taken"}]}""")));
        String page = html(moveIn().param("lang", "nl"));
        assertThat(page).contains("<a href=\"#dwellingId\">Deze woning is vol: alle plaatsen zijn bezet.")
                .contains("id=\"dwellingId-error\"").contains("id=\"room-error\"")
                .contains("Deze kamer is al bezet.");
    }

    @Test
    void aDwellingUnderWorksIsNotCalledFull() throws Exception {
        API.stubFor(get("/api/dwellings/d-1").willReturn(okJson(DwellingPageTest.DWELLING
                .replace("\"landlordKind\":\"AIS\",\"status\":\"AVAILABLE\"", "\"landlordKind\":\"AIS\",\"status\":\"WORKS\""))));
        API.stubFor(get("/api/sites/s-1").willReturn(okJson("{\"id\":\"s-1\",\"name\":\"Maison Biloba\"}")));
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(PEOPLE)));
        API.stubFor(post("/api/tenancies").willReturn(problem(409, """
                {"status":409,"errors":[{"field":"dwellingId","code":"conflicting","message":"under works"}]}""")));
        String page = html(moveIn());
        assertThat(page).contains("<a href=\"#dwellingId\">Ce logement est en travaux ou retiré : personne ne peut y emménager.")
                .doesNotContain("Ce logement est complet");
    }

    @Test
    void severalWrongFieldsAreNamedAtOnce() throws Exception {
        DwellingPageTest.dwellingStubbed();
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(PEOPLE)));
        API.stubFor(post("/api/tenancies").willReturn(problem(400, """
                {"status":400,"errors":[{"field":"tenantId","code":"required","message":"is required"},
                 {"field":"room","code":"required","message":"is required: this dwelling is let by the room"},
                 {"field":"plannedEnd","code":"before_start","message":"must be after the move-in date"}]}""")));
        String page = html(MockMvcRequestBuilders.post("/housing/dwellings/d-1/move-in").with(alice()).with(csrf())
                .param("moveInDate", "2026-11-01").param("plannedEnd", "2026-10-01"));
        assertThat(page).contains("<a href=\"#tenantId\">Choisissez la personne qui emménage.</a>")
                .contains("<a href=\"#room\">Indiquez la chambre : ce logement se loue à la chambre.</a>")
                .contains("<a href=\"#plannedEnd\">La fin prévue doit venir après la date d’emménagement.</a>")
                .contains("value=\"2026-10-01\"");
    }

    @Test
    void housingServiceDownKeepsWhatWasTyped() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(PEOPLE)));
        API.stubFor(post("/api/tenancies").willReturn(unavailable()));
        API.stubFor(get("/api/dwellings/d-1").willReturn(unavailable()));
        String page = html(moveIn());
        assertThat(page).contains("Le logement est momentanément indisponible. Ce que vous avez saisi n’est pas perdu")
                .contains("value=\"2026-11-01\"").contains("value=\"Chambre 2\"")
                .containsPattern("value=\"t-1\"\\s+id=\"tenantId\"[^>]*checked=\"checked\"");
    }

    @Test
    void aPostWithoutCsrfIsRefused() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/housing/dwellings/d-1/move-in").with(alice())
                .param("tenantId", "t-1").param("moveInDate", "2026-11-01")).andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(urlEqualTo("/api/tenancies")));
    }

    @Test
    void anotherOrganisationsDwellingIsNotFound() throws Exception {
        API.stubFor(get("/api/dwellings/d-other").willReturn(problem(404, "{\"status\":404}")));
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(PEOPLE)));
        mvc.perform(MockMvcRequestBuilders.get("/housing/dwellings/d-other/move-in").with(alice()))
                .andExpect(status().isNotFound());
    }
}
