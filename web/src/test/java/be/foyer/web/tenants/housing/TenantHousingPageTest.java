package be.foyer.web.tenants.housing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import be.foyer.web.housing.HousingPageTest;

/** /tenants/{id}/housing: the person's tenancies and housing searches in their file. */
class TenantHousingPageTest extends HousingPageTest {

    static void fileStubbed() {
        fileOfT1("{\"id\":\"t-1\",\"firstName\":\"Marc\",\"lastName\":\"Dupont\",\"status\":\"HOUSED\",\"referentWorkers\":[\"alice\"]}");
    }

    @Test
    void showsTenanciesAndSearchesWithTheirSteps() throws Exception {
        fileStubbed();
        API.stubFor(get(urlPathEqualTo("/api/tenancies")).willReturn(okJson(list("""
                {"id":"ty-1","tenantId":"t-1","dwellingId":"d-1","dwellingLabel":"Rue de la Victoire 7/1, 1060 Saint-Gilles",
                 "siteName":"Maison Biloba","room":"Chambre 2","moveInDate":"2026-11-01","running":true},
                {"id":"ty-0","tenantId":"t-1","dwellingId":"d-0","dwellingLabel":"Rue Haute 1, 1000 Bruxelles",
                 "moveInDate":"2025-01-01","running":false,"endDate":"2025-12-31","endReason":"EVICTION"}""", 2))));
        API.stubFor(get(urlPathEqualTo("/api/housing-searches")).willReturn(okJson(list("""
                {"id":"hs-1","tenantId":"t-1","openedOn":"2026-09-01","status":"HOUSED","closedOn":"2026-11-01",
                 "steps":[{"id":"st-1","kind":"LEASE_SIGNED","date":"2026-10-20","detail":"Bail AIS"}]}""", 1))));
        String page = html(MockMvcRequestBuilders.get("/tenants/t-1/housing").with(alice()));
        API.verify(getRequestedFor(urlPathEqualTo("/api/tenancies")).withQueryParam("tenantId", equalTo("t-1")));
        API.verify(getRequestedFor(urlPathEqualTo("/api/housing-searches")).withQueryParam("tenantId", equalTo("t-1")));
        assertThat(page).contains("Marc Dupont").contains("<h2 class=\"govuk-heading-l\">Logement</h2>")
                .contains("href=\"/housing/dwellings/d-1\"").contains("Maison Biloba").contains("Chambre : Chambre 2")
                .contains("1 novembre 2026").contains("31 décembre 2025 (Expulsion)")
                .contains("Bail signé, 20 octobre 2026 – Bail AIS").contains("Relogé")
                .contains("href=\"/housing/searches/hs-1\"")
                .contains("href=\"/housing/searches/new?tenantId=t-1\"")
                .containsPattern("href=\"/tenants/t-1/housing\"\\s+aria-current=\"page\"");
        String nl = html(MockMvcRequestBuilders.get("/tenants/t-1/housing").with(alice()).param("lang", "nl"));
        assertThat(nl).contains("31 december 2025 (Uitzetting)").contains("Huurcontract getekend, 20 oktober 2026");
    }

    @Test
    void withAnOpenSearchNoSecondIsOffered() throws Exception {
        fileStubbed();
        API.stubFor(get(urlPathEqualTo("/api/tenancies")).willReturn(okJson(list("", 0))));
        API.stubFor(get(urlPathEqualTo("/api/housing-searches")).willReturn(okJson(list(
                "{\"id\":\"hs-1\",\"tenantId\":\"t-1\",\"openedOn\":\"2026-09-01\",\"status\":\"OPEN\",\"steps\":[]}", 1))));
        String page = html(MockMvcRequestBuilders.get("/tenants/t-1/housing").with(alice()));
        assertThat(page).contains("Aucun logement enregistré pour cette personne.").contains("Noter une étape")
                .doesNotContain("/housing/searches/new");
    }

    @Test
    void housingServiceDownIsSaidPlainlyUnderTheHeader() throws Exception {
        fileStubbed();
        API.stubFor(get(urlPathEqualTo("/api/tenancies")).willReturn(unavailable()));
        String page = html(MockMvcRequestBuilders.get("/tenants/t-1/housing").with(alice()));
        assertThat(page).contains("Marc Dupont").contains("Le logement est momentanément indisponible");
    }

    @Test
    void anotherOrganisationsPersonIsNotFound() throws Exception {
        API.stubFor(get("/api/tenants/t-other").willReturn(problem(404, "{\"status\":404}")));
        mvc.perform(MockMvcRequestBuilders.get("/tenants/t-other/housing").with(alice()))
                .andExpect(status().isNotFound());
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/tenancies")));
    }

    @Test
    void volunteersMayNotSeeThisSection() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/tenants/t-1/housing").with(signedIn("eva", "habitat-et-humanisme", "volunteer")))
                .andExpect(status().isForbidden());
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/tenancies")));
    }
}
