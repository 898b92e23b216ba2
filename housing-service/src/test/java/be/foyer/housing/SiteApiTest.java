package be.foyer.housing;

import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static be.foyer.platform.test.TestTokens.hugo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import be.foyer.events.housing.DwellingRegistered;
import be.foyer.events.housing.SiteRegistered;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TestTokens;

@FoyerServiceTest
class SiteApiTest extends HousingApi {

    @Test
    void a_grouped_housing_site_with_garden_and_laundry_counts_the_free_places_of_its_dwellings() throws Exception {
        RequestPostProcessor worker = TestTokens.user("hugo-like", "staff", "grouped-org");
        String answer = postJson(worker, "/api/sites", "{\"name\":\"Maison Biloba\",\"housingModel\":"
                + "\"GROUPED_SOLIDARITY\",\"address\":" + address("Rue de la Victoire", "1060", "Saint-Gilles")
                + ",\"sharedSpaces\":[\"GARDEN\",\"LAUNDRY\"],\"houseRules\":\"Garden shared until 22:00\"}")
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.name").value("Maison Biloba"))
                .andExpect(jsonPath("$.sharedSpaces[0]").value("GARDEN"))
                .andExpect(jsonPath("$.sharedSpaces[1]").value("LAUNDRY"))
                .andExpect(jsonPath("$.address.municipality").value("Saint-Gilles"))
                .andExpect(jsonPath("$.places.free").value(0))
                .andReturn().getResponse().getContentAsString();
        String site = JsonPath.read(answer, "$.id");
        List<String> dwellings = List.of(dwellingOnSite(worker, site, 1), dwellingOnSite(worker, site, 1),
                dwellingOnSite(worker, site, 2));
        getAs(worker, "/api/dwellings/" + dwellings.get(0))
                .andExpect(jsonPath("$.housingModel").value("GROUPED_SOLIDARITY"))
                .andExpect(jsonPath("$.siteId").value(site))
                .andExpect(jsonPath("$.monthlyRentCents").value(45000));
        moveIn(worker, knownTenant("grouped-org"), dwellings.get(0), TODAY.minusDays(7));
        moveIn(worker, knownTenant("grouped-org"), dwellings.get(2), TODAY.minusDays(7));

        getAs(worker, "/api/sites/" + site)
                .andExpect(jsonPath("$.places.dwellings").value(3))
                .andExpect(jsonPath("$.places.capacity").value(4))
                .andExpect(jsonPath("$.places.occupied").value(2))
                .andExpect(jsonPath("$.places.free").value(2));
        getAs(worker, "/api/sites").andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].places.free").value(2));
        getAs(worker, "/api/dwellings?status=AVAILABLE&siteId=" + site).andExpect(jsonPath("$.total").value(2));

        List<ConsumerRecord<String, String>> records = housingRecords(site, SiteRegistered.class::isInstance);
        assertThat(records.stream().map(HousingApi::payload))
                .containsExactly(new SiteRegistered(site, "GROUPED_SOLIDARITY", List.of("GARDEN", "LAUNDRY")));
        assertThat(records.get(0).value()).doesNotContain("Biloba").doesNotContain("Victoire")
                .doesNotContain("Saint-Gilles").doesNotContain("22:00");
        assertThat(housingRecords(dwellings.get(0), DwellingRegistered.class::isInstance).stream().map(HousingApi::payload))
                .contains(new DwellingRegistered(dwellings.get(0), site, "GROUPED_SOLIDARITY", 1));
    }

    @Test
    void another_organisations_site_is_404_lists_are_its_own_and_its_site_cannot_take_dwellings() throws Exception {
        String site = site(hugo(), "Les Tilleuls", "KANGAROO", "GARDEN");

        http.perform(get("/api/sites/" + site).with(bruno())).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/sites/no-such-site").with(hugo())).andExpect(status().isNotFound());
        getAs(bruno(), "/api/sites").andExpect(jsonPath("$.items[?(@.id == '" + site + "')]").isEmpty());
        Map<String, Object> before = store();
        postJson(bruno(), "/api/dwellings", "{\"address\":" + address("Rue Haute", "1000", "Bruxelles")
                + ",\"siteId\":\"" + site + "\",\"capacity\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("siteId"));
        assertThat(store()).isEqualTo(before);
    }

    @Test
    void bad_sites_are_refused_naming_the_field_and_nothing_is_stored() throws Exception {
        RequestPostProcessor worker = TestTokens.user("site-careful", "staff", "site-bad-org");
        Map<String, Object> before = store();
        expectBadField(worker, "{\"name\":\"X\",\"housingModel\":\"COMMUNITY\",\"address\":"
                + address("Rue Haute", "1000", "Bruxelles") + ",\"sharedSpaces\":[\"SWIMMING_POOL\"]}", "sharedSpaces[0]");
        expectBadField(worker, "{\"name\":\"X\",\"housingModel\":\"COMMUNITY\",\"address\":"
                + address("Rue Haute", "1999", "Bruxelles") + "}", "address.postcode");
        expectBadField(worker, "{\"name\":\" \",\"housingModel\":\"COMMUNITY\",\"address\":"
                + address("Rue Haute", "1000", "Bruxelles") + "}", "name");
        expectBadField(worker, "{\"name\":\"X\",\"address\":" + address("Rue Haute", "1000", "Bruxelles") + "}",
                "housingModel");
        assertThat(store()).isEqualTo(before);
    }

    private void expectBadField(RequestPostProcessor user, String body, String field) throws Exception {
        postJson(user, "/api/sites", body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    @Test
    void staff_and_coordinators_manage_sites_and_nobody_else() throws Exception {
        http.perform(get("/api/sites")).andExpect(status().isUnauthorized());
        for (RequestPostProcessor outsider : List.of(eva(), farid(), gina())) {
            http.perform(get("/api/sites").with(outsider)).andExpect(status().isForbidden());
            http.perform(get("/api/sites/any").with(outsider)).andExpect(status().isForbidden());
            postJson(outsider, "/api/sites", "{\"name\":\"X\"}").andExpect(status().isForbidden());
        }
    }
}
