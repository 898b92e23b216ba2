package be.foyer.web.housing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** /housing/dwellings/{id}: details, status history, site, tenancies with names and translated end reasons. */
class DwellingPageTest extends HousingPageTest {

    static final String DWELLING = """
            {"id":"d-1","siteId":"s-1","address":{"street":"Rue de la Victoire","number":"7","box":"1",
             "postcode":"1060","municipality":"Saint-Gilles"},"housingModel":"GROUPED_SOLIDARITY","capacity":2,
             "capacityUnit":"ROOMS","occupied":1,"freePlaces":1,"landlordKind":"AIS","status":"AVAILABLE",
             "statusHistory":[{"status":"OCCUPIED","previousStatus":"AVAILABLE","changedOn":"2026-03-01"},
                              {"status":"AVAILABLE","previousStatus":"OCCUPIED","changedOn":"2026-11-20"}],
             "tenancies":[
               {"id":"ty-1","tenantId":"t-1","room":"Chambre 2","moveInDate":"2026-03-01","running":true},
               {"id":"ty-2","tenantId":"t-2","room":"Chambre 1","moveInDate":"2025-06-15","plannedEnd":"2026-06-15",
                "running":false,"endDate":"2026-11-20","endReason":"RETURN_TO_STREET"},
               {"id":"ty-3","tenantId":"t-erased","room":"Chambre 1","moveInDate":"2024-01-10","running":false,
                "endDate":"2025-01-10","endReason":"MOVED_ON"}]}""";

    static void dwellingStubbed() {
        API.stubFor(get("/api/dwellings/d-1").willReturn(okJson(DWELLING)));
        API.stubFor(get("/api/sites/s-1").willReturn(okJson("{\"id\":\"s-1\",\"name\":\"Maison Biloba\",\"freePlaces\":1}")));
    }

    @Test
    void showsTheDwellingItsHistoryAndItsTenantsByName() throws Exception {
        dwellingStubbed();
        tenantsNamed("t-1", "Marc", "Dupont", "t-2", "Hélène", "Dubois");
        String page = html(MockMvcRequestBuilders.get("/housing/dwellings/d-1").with(alice()));
        assertThat(page).contains("<title>Rue de la Victoire 7/1, 1060 Saint-Gilles – Foyer</title>")
                .contains("Maison Biloba").contains("Habitat solidaire groupé").contains("2 (chambres)")
                .contains("Agence immobilière sociale (AIS)").contains("20 novembre 2026 : Disponible")
                .contains("<a class=\"govuk-link\" href=\"/tenants/t-1\">Marc Dupont</a>")
                .contains("<a class=\"govuk-link\" href=\"/tenants/t-2\">Hélène Dubois</a>")
                .contains("Personne inconnue").contains("20 novembre 2026 (Retour à la rue)")
                .contains("10 janvier 2025 (Relogé ailleurs)").contains("15 juin 2026")
                .contains("href=\"/housing/dwellings/d-1/move-in\"").contains("href=\"/housing/tenancies/ty-1/end\"")
                .doesNotContain("/housing/tenancies/ty-2/end").doesNotContain("t-erased");
    }

    @Test
    void inDutch() throws Exception {
        dwellingStubbed();
        tenantsNamed("t-1", "Marc", "Dupont", "t-2", "Hélène", "Dubois");
        String page = html(MockMvcRequestBuilders.get("/housing/dwellings/d-1").with(alice()).param("lang", "nl"));
        assertThat(page).contains("20 november 2026 (Terug naar de straat)").contains("1 maart 2026")
                .contains("Gegroepeerd solidair wonen").contains("Deze bewoning beëindigen").contains("Onbekende persoon");
    }

    @Test
    void anotherOrganisationsDwellingIsNotFound() throws Exception {
        API.stubFor(get("/api/dwellings/d-other").willReturn(problem(404, "{\"status\":404}")));
        String page = mvc.perform(MockMvcRequestBuilders.get("/housing/dwellings/d-other").with(alice()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Page introuvable");
        API.verify(0, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/api/tenants")));
    }

    @Test
    void aDwellingUnderWorksOffersNoMoveIn() throws Exception {
        API.stubFor(get("/api/dwellings/d-2").willReturn(okJson("""
                {"id":"d-2","address":{"street":"Rue Haute","number":"1","postcode":"1000","municipality":"Bruxelles"},
                 "housingModel":"HOUSING_FIRST","capacity":1,"capacityUnit":"HOUSEHOLDS","occupied":0,"freePlaces":0,
                 "status":"WORKS","statusHistory":[],"tenancies":[]}""")));
        String page = html(MockMvcRequestBuilders.get("/housing/dwellings/d-2").with(alice()));
        assertThat(page).contains("En travaux").contains("personne ne peut y emménager pour le moment")
                .doesNotContain("/move-in").contains("Personne n’a encore habité ce logement.");
    }
}
