package be.foyer.web.housing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** /housing (sites), /housing/dwellings (filters) and /housing/searches (open searches with names). */
class HousingListsPageTest extends HousingPageTest {

    private static final String SITE = """
            {"id":"s-1","name":"Maison Biloba","housingModel":"GROUPED_SOLIDARITY",
             "address":{"street":"Rue de la Victoire","number":"7","postcode":"1060","municipality":"Saint-Gilles"},
             "sharedSpaces":["GARDEN","LAUNDRY"],"freePlaces":3,
             "places":{"dwellings":3,"capacity":5,"occupied":2,"free":3}}""";

    private static final String DWELLING = """
            {"id":"d-1","address":{"street":"Rue Josaphat","number":"120","box":"2B","postcode":"1030",
             "municipality":"Schaerbeek"},"housingModel":"KANGAROO","capacity":2,"capacityUnit":"HOUSEHOLDS",
             "occupied":1,"freePlaces":1,"status":"AVAILABLE","statusHistory":[]}""";

    private static String search(String id, String tenantId, String steps) {
        return "{\"id\":\"" + id + "\",\"tenantId\":\"" + tenantId + "\",\"openedOn\":\"2026-09-01\",\"status\":\"OPEN\","
                + "\"steps\":[" + steps + "]}";
    }

    @Test
    void sitesShowSharedSpacesAndFreePlacesTranslated() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/sites")).willReturn(okJson(list(SITE, 1))));
        String page = html(MockMvcRequestBuilders.get("/housing").with(alice()));
        assertThat(page).contains("Maison Biloba").contains("Rue de la Victoire 7, 1060 Saint-Gilles")
                .contains("Jardin, Buanderie").contains(">3</td>")
                .contains("aria-current=\"page\"").contains("href=\"/housing/dwellings\"");
        String nl = html(MockMvcRequestBuilders.get("/housing").with(alice()).param("lang", "nl"));
        assertThat(nl).contains("Tuin, Wasruimte").contains("Vrije plaatsen");
    }

    @Test
    void dwellingFiltersPassToTheApiAndStayInTheForm() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/dwellings")).willReturn(okJson(
                "{\"items\":[" + DWELLING + "],\"page\":0,\"size\":20,\"total\":45}")));
        String page = html(MockMvcRequestBuilders.get("/housing/dwellings").with(alice())
                .param("status", "AVAILABLE").param("housingModel", "KANGAROO").param("municipality", "Schaarbeek"));
        API.verify(getRequestedFor(urlPathEqualTo("/api/dwellings")).withQueryParam("status", equalTo("AVAILABLE"))
                .withQueryParam("housingModel", equalTo("KANGAROO"))
                .withQueryParam("municipality", equalTo("Schaarbeek")).withQueryParam("page", equalTo("0")));
        assertThat(page).contains("Rue Josaphat 120/2B, 1030 Schaerbeek").contains("href=\"/housing/dwellings/d-1\"")
                .contains("Habitat kangourou").contains("2 (ménages)").contains("Disponible")
                .contains("<option value=\"AVAILABLE\" selected=\"selected\">Disponible</option>")
                .contains("value=\"Schaarbeek\"").contains("45 logement(s)")
                // the next page keeps the filters
                .contains("href=\"/housing/dwellings?status=AVAILABLE&amp;housingModel=KANGAROO&amp;municipality=Schaarbeek&amp;page=1\"");
    }

    @Test
    void anUnknownFilterValueIsNotSentToTheApi() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/dwellings")).willReturn(okJson(list("", 0))));
        String page = html(MockMvcRequestBuilders.get("/housing/dwellings").with(alice()).param("status", "BOGUS"));
        API.verify(getRequestedFor(urlPathEqualTo("/api/dwellings")).withQueryParam("status", equalTo("")));
        assertThat(page).contains("Aucun logement n’est encore enregistré.");
    }

    @Test
    void openSearchesShowNamesStepsAndUnknownPeopleNeverIds() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/housing-searches")).willReturn(okJson(list(
                search("hs-1", "t-1", "{\"id\":\"st-1\",\"kind\":\"AIS_APPLICATION\",\"date\":\"2026-09-10\"},"
                        + "{\"id\":\"st-2\",\"kind\":\"VISIT\",\"date\":\"2026-10-03\"}")
                        + "," + search("hs-2", "t-erased", ""), 2))));
        tenantsNamed("t-1", "Hélène", "Dubois");
        String page = html(MockMvcRequestBuilders.get("/housing/searches").with(alice()));
        API.verify(getRequestedFor(urlPathEqualTo("/api/housing-searches")).withQueryParam("status", equalTo("OPEN")));
        API.verify(getRequestedFor(urlPathEqualTo("/api/tenants")).withQueryParam("ids", equalTo("t-1,t-erased")));
        assertThat(page).contains("Hélène Dubois").contains("Personne inconnue").contains("1 septembre 2026")
                .contains("Visite d’un logement, 3 octobre 2026").contains("Aucune étape pour le moment.")
                .contains("href=\"/housing/searches/hs-1\"").doesNotContain(">t-1<").doesNotContain("t-erased<");
        String nl = html(MockMvcRequestBuilders.get("/housing/searches").with(alice()).param("lang", "nl"));
        assertThat(nl).contains("1 september 2026").contains("Bezoek van een woning, 3 oktober 2026")
                .contains("Onbekende persoon");
    }

    @Test
    void withTenantServiceDownTheListRendersWithoutNamesAndWithoutIds() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/housing-searches")).willReturn(okJson(list(search("hs-1", "t-1", ""), 1))));
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(unavailable()));
        String page = html(MockMvcRequestBuilders.get("/housing/searches").with(alice()));
        assertThat(page).contains("Les noms des personnes sont momentanément indisponibles")
                .contains("Nom indisponible").contains("href=\"/housing/searches/hs-1\"")
                .doesNotContain("t-1").doesNotContain("Personne inconnue");
    }

    @Test
    void volunteersAndFacilitatorsMayNotOpenHousing() throws Exception {
        for (String path : new String[] {"/housing", "/housing/dwellings", "/housing/searches", "/housing/dwellings/d-1"}) {
            mvc.perform(MockMvcRequestBuilders.get(path).with(signedIn("eva", "habitat-et-humanisme", "volunteer")))
                    .andExpect(status().isForbidden()).andExpect(forwardedUrl("/forbidden"));
        }
        mvc.perform(MockMvcRequestBuilders.get("/housing").with(signedIn("farid", "smes", "facilitator")))
                .andExpect(status().isForbidden());
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/sites")));
    }

    @Test
    void coordinatorsSeeHousing() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/sites")).willReturn(okJson(list("", 0))));
        assertThat(html(MockMvcRequestBuilders.get("/housing").with(signedIn("carla", "smes", "coordinator"))))
                .contains("Aucun site n’est encore enregistré.");
    }

    @Test
    void housingServiceDownIsTheUnavailablePage() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/dwellings")).willReturn(unavailable()));
        String page = mvc.perform(MockMvcRequestBuilders.get("/housing/dwellings").with(alice()))
                .andExpect(status().isServiceUnavailable()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Le logement est momentanément indisponible.");
    }
}
