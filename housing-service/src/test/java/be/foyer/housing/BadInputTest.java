package be.foyer.housing;

import static be.foyer.platform.test.TestTokens.alice;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MvcResult;

import be.foyer.platform.test.BadInputScenarios;
import be.foyer.platform.test.FoyerServiceTest;

/** Issue 13's bad input on every endpoint of this service (see {@link BadInputScenarios}), and examples. */
@FoyerServiceTest
class BadInputTest extends BadInputScenarios {

    private static final String ADDRESS = "{\"street\":\"Rue\\u2066 Haute\",\"number\":\"1\",\"postcode\":\"1000\","
            + "\"municipality\":\"Bruxelles\"}";
    private static final String TOO_LONG_ID = "x".repeat(65);

    @Test
    void a_site_name_with_an_isolate_and_too_many_shared_spaces_are_named_while_house_rules_keep_their_lines()
            throws Exception {
        MvcResult result = send(HttpMethod.POST, "/api/sites", alice(), "{\"name\":\"Maison\\u202EBiloba\","
                + "\"housingModel\":\"COMMUNITY\",\"address\":" + ADDRESS + ",\"sharedSpaces\":[\"GARDEN\",\"GARDEN\","
                + "\"GARDEN\",\"GARDEN\",\"GARDEN\",\"GARDEN\",\"GARDEN\"],\"houseRules\":\"Quiet\\n\\tafter 22:00\"}");
        assertRefused(result, "name", "forbidden_character");
        assertRefused(result, "address.street", "forbidden_character");
        assertRefused(result, "sharedSpaces", "too_many");
        assertThat(result.getResponse().getContentAsString()).doesNotContain("houseRules");
    }

    @Test
    void a_tenancy_starting_in_year_one_or_ending_in_9999_is_refused_before_anything_is_looked_up() throws Exception {
        MvcResult result = send(HttpMethod.POST, "/api/tenancies", alice(), "{\"tenantId\":\"t\\u0000\","
                + "\"dwellingId\":\"d\",\"moveInDate\":\"0001-01-01\",\"plannedEnd\":\"9999-12-31\"}");
        assertRefused(result, "tenantId", "forbidden_character");
        assertRefused(result, "moveInDate", "implausible_date");
        assertRefused(result, "plannedEnd", "implausible_date");
    }

    @Test
    void ids_longer_than_any_id_are_named_in_a_move_in_a_search_and_a_dwelling() throws Exception {
        MvcResult tenancy = send(HttpMethod.POST, "/api/tenancies", alice(), "{\"tenantId\":\"" + TOO_LONG_ID
                + "\",\"dwellingId\":\"" + TOO_LONG_ID + "\",\"moveInDate\":\"2026-11-01\"}");
        assertRefused(tenancy, "tenantId", "too_long");
        assertRefused(tenancy, "dwellingId", "too_long");
        assertRefused(send(HttpMethod.POST, "/api/housing-searches", alice(),
                "{\"tenantId\":\"" + TOO_LONG_ID + "\"}"), "tenantId", "too_long");
        assertRefused(send(HttpMethod.POST, "/api/dwellings", alice(), "{\"address\":{\"street\":\"Rue Haute\","
                + "\"number\":\"1\",\"postcode\":\"1000\",\"municipality\":\"Bruxelles\"},\"siteId\":\""
                + TOO_LONG_ID + "\",\"capacity\":1}"), "siteId", "too_long");
    }
}
