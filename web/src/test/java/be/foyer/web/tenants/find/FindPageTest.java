package be.foyer.web.tenants.find;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import be.foyer.web.PageTest;

/** Find a person: GET /tenants over GET /api/tenants. */
class FindPageTest extends PageTest {

    private static final String TWO = """
            {"items":[
              {"id":"t-helene","firstName":"Hélène","lastName":"Dubois","preferredName":"Lena","status":"SEARCHING",
               "registeredOn":"2026-03-04"},
              {"id":"t-grand","firstName":null,"lastName":null,"preferredName":"Le Grand","status":"STREET",
               "registeredOn":"2026-11-20"}],
             "page":0,"size":20,"total":2}""";

    @Test
    void listsThePeopleFoundWithStatusAndRegistrationDate() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(TWO)));
        String page = html(find().param("q", "helene dub"), signedIn("alice", "smes", "staff"));
        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Trouver une personne</h1>")
                .contains("2 résultats")
                .contains("href=\"/tenants/t-helene\">Hélène Dubois (Lena)</a>")
                .contains("href=\"/tenants/t-grand\">Le Grand</a>")
                .contains("En recherche de logement").contains("En rue")
                .contains("Enregistrement : 4 mars 2026").contains("Enregistrement : 20 novembre 2026")
                .contains("value=\"helene dub\"")
                // a plain GET form (works without JavaScript) that htmx makes live
                .contains("action=\"/tenants\" method=\"get\"").contains("hx-get=\"/tenants\"")
                .contains("hx-target=\"#results\"").contains("hx-push-url=\"true\"")
                .contains("delay:400ms")
                .contains("href=\"/tenants/new\"")
                .doesNotContain("govuk-pagination");
        API.verify(getRequestedFor(urlPathEqualTo("/api/tenants"))
                .withQueryParam("q", equalTo("helene dub")).withQueryParam("page", equalTo("0"))
                .withQueryParam("size", equalTo("20")).withQueryParam("status", absent())
                .withHeader("Authorization", equalTo("Bearer " + accessToken("alice"))));
    }

    @Test
    void theStatusFilterIsPassedToTheApiAndStaysChosen() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(TWO)));
        String page = html(find().param("status", "HOUSED").param("q", ""), signedIn("alice", "smes", "staff"));
        assertThat(page).contains("<option value=\"HOUSED\" selected=\"selected\">Logé</option>")
                .contains("<option value=\"\">Tous les statuts</option>");
        API.verify(getRequestedFor(urlPathEqualTo("/api/tenants"))
                .withQueryParam("status", equalTo("HOUSED")).withQueryParam("q", absent()));
    }

    @Test
    void anUnknownStatusOrPageIsIgnoredRatherThanAnError() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(TWO)));
        html(find().param("status", "NONSENSE").param("page", "abc"), signedIn("alice", "smes", "staff"));
        API.verify(getRequestedFor(urlPathEqualTo("/api/tenants"))
                .withQueryParam("status", absent()).withQueryParam("page", equalTo("0")));
    }

    @Test
    void resultsArePaginatedTwentyAPageWithGovukLinksKeepingTheSearch() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(page(2, 195))));
        String page = html(find().param("q", "hélène").param("status", "STREET").param("page", "3"),
                signedIn("alice", "smes", "staff"));
        assertThat(page).contains("195 résultats").contains("class=\"govuk-pagination\"")
                .contains("Person 40")
                .contains("href=\"/tenants?q=h%C3%A9l%C3%A8ne&amp;status=STREET&amp;page=2\" rel=\"prev\"")
                .contains("href=\"/tenants?q=h%C3%A9l%C3%A8ne&amp;status=STREET&amp;page=4\" rel=\"next\"")
                .contains("aria-label=\"Page 1\"").contains("aria-label=\"Page 4\"").contains("aria-label=\"Page 10\"")
                .contains("aria-current=\"page\"").contains("govuk-pagination__item--ellipses")
                .doesNotContain("aria-label=\"Page 5\"").doesNotContain("aria-label=\"Page 9\"");
        // the third page on screen is the API's page 2 (from 0)
        API.verify(getRequestedFor(urlPathEqualTo("/api/tenants"))
                .withQueryParam("page", equalTo("2")).withQueryParam("size", equalTo("20"))
                .withQueryParam("q", equalTo("hélène")).withQueryParam("status", equalTo("STREET")));
    }

    @Test
    void anHtmxRequestGetsOnlyTheResults() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(TWO)));
        String fragment = html(find().param("q", "le").header("HX-Request", "true"),
                signedIn("alice", "smes", "staff"));
        assertThat(fragment).contains("id=\"results\"").contains("Hélène Dubois")
                .contains("id=\"results-count\"").contains("hx-swap-oob=\"innerHTML\"").contains("2 résultats")
                .doesNotContain("<html").doesNotContain("<h1").doesNotContain("govuk-header")
                .doesNotContain("name=\"q\"");
        // going back in the browser's history, htmx asks for the whole page
        String restored = html(find().param("q", "le").header("HX-Request", "true")
                .header("HX-History-Restore-Request", "true"), signedIn("alice", "smes", "staff"));
        assertThat(restored).contains("<html").contains("<h1");
    }

    @Test
    void noResultsSaysSoAndOffersToRegister() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/tenants"))
                .willReturn(okJson("{\"items\":[],\"page\":0,\"size\":20,\"total\":0}")));
        assertThat(html(find().param("q", "zzz"), signedIn("alice", "smes", "staff")))
                .contains("Aucun résultat").contains("Aucune personne trouvée.")
                .contains("Vérifiez l’orthographe").contains("Enregistrer une nouvelle personne");
        assertThat(html(find().param("q", "zzz").param("lang", "nl"), signedIn("alice", "smes", "staff")))
                .contains("Geen resultaten").contains("Geen personen gevonden.");
    }

    @Test
    void volunteersGetWhatTheApiGivesThemAndNoRegisterAction() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson("""
                {"items":[{"id":"t-sara","firstName":"Sara","lastName":"Martin","status":"HOUSED",
                  "registeredOn":"2026-01-10"}],"page":0,"size":20,"total":1}""")));
        String page = html(find(), signedIn("eva", "habitat-et-humanisme", "volunteer"));
        assertThat(page).contains("1 résultat").contains("Sara Martin")
                .doesNotContain("href=\"/tenants/new\"").doesNotContain("Enregistrer");
        API.verify(getRequestedFor(urlPathEqualTo("/api/tenants"))
                .withHeader("Authorization", equalTo("Bearer " + accessToken("eva"))));
    }

    @Test
    void anotherOrganisationsWorkerGetsOnlyTheirOwnResults() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/tenants"))
                .withHeader("Authorization", equalTo("Bearer " + accessToken("alice"))).willReturn(okJson(TWO)));
        API.stubFor(get(urlPathEqualTo("/api/tenants"))
                .withHeader("Authorization", equalTo("Bearer " + accessToken("bruno"))).willReturn(okJson("""
                        {"items":[{"id":"t-paul","firstName":"Paul","lastName":"Diogène","status":"STREET",
                          "registeredOn":"2026-02-01"}],"page":0,"size":20,"total":1}""")));
        String page = html(find().param("q", "d"), signedIn("bruno", "diogenes", "staff"));
        assertThat(page).contains("Paul Diogène").contains("1 résultat")
                .doesNotContain("Hélène").doesNotContain("t-helene");
    }

    @Test
    void notMetInAMonthIsAskedOfTheApiOfferedAsACheckboxAndKeptInThePages() throws Exception {
        String thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Brussels")).toString();
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(page(0, 45))));
        String page = html(find().param("notMetIn", "2026-10"), signedIn("chloe", "infirmiers-de-rue", "coordinator"));
        assertThat(page).contains("Seulement les personnes non rencontrées en octobre 2026")
                .contains("name=\"notMetIn\" type=\"checkbox\"").contains("value=\"2026-10\" checked=\"checked\"")
                .contains("href=\"/tenants?notMetIn=2026-10&amp;page=2\"");
        API.verify(getRequestedFor(urlPathEqualTo("/api/tenants")).withQueryParam("notMetIn", equalTo("2026-10")));

        String nl = html(find().param("lang", "nl"), signedIn("chloe", "infirmiers-de-rue", "coordinator"));
        assertThat(nl).contains("Alleen de mensen die in").contains("value=\"" + thisMonth + "\"")
                .doesNotContain("checked=\"checked\"");
        // a month that is not one, or in the future, is not sent
        API.resetRequests();
        html(find().param("notMetIn", "2999-01"), signedIn("chloe", "infirmiers-de-rue", "coordinator"));
        html(find().param("notMetIn", "octobre"), signedIn("chloe", "infirmiers-de-rue", "coordinator"));
        API.verify(2, getRequestedFor(urlPathEqualTo("/api/tenants")).withQueryParam("notMetIn", absent()));
    }

    @Test
    void rolesWithoutCaseFilesMayNotSearch() throws Exception {
        mvc.perform(find().with(signedIn("farid", "smes", "facilitator"))).andExpect(status().isForbidden());
        mvc.perform(find().with(signedIn("gina", null, "federation-analyst"))).andExpect(status().isForbidden());
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/tenants")));
    }

    private static MockHttpServletRequestBuilder find() {
        return MockMvcRequestBuilders.get("/tenants");
    }

    private String html(MockHttpServletRequestBuilder request, RequestPostProcessor user) throws Exception {
        return mvc.perform(request.with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** A page of 20 people numbered from page * 20. */
    private static String page(int page, int total) {
        String items = IntStream.range(page * 20, page * 20 + 20).mapToObj(n -> """
                {"id":"t-%d","firstName":"Person","lastName":"%d","status":"STREET","registeredOn":"2026-01-01"}"""
                .formatted(n, n)).collect(Collectors.joining(","));
        return "{\"items\":[" + items + "],\"page\":" + page + ",\"size\":20,\"total\":" + total + "}";
    }
}
