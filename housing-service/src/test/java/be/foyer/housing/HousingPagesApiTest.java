package be.foyer.housing;

import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TestTokens;

/** What the housing pages of the web interface read and how refusals reach them (issue 10). */
@FoyerServiceTest
class HousingPagesApiTest extends HousingApi {

    @Test
    void dwellings_are_filtered_by_model_and_by_commune_whatever_its_accents_case_or_language() throws Exception {
        RequestPostProcessor worker = TestTokens.user("filter-worker", "staff", "filter-org");
        String schaerbeek = create(worker, "/api/dwellings", "{\"address\":"
                + address("Rue Josaphat", "1030", "Schaerbeek") + ",\"housingModel\":\"KANGAROO\",\"capacity\":2}");
        String ixelles = create(worker, "/api/dwellings", "{\"address\":"
                + address("Rue du Trône", "1050", "Ixelles") + ",\"housingModel\":\"HOUSING_FIRST\",\"capacity\":1}");
        String liege = create(worker, "/api/dwellings", "{\"address\":"
                + address("Rue Féronstrée", "4000", "Liège") + ",\"housingModel\":\"HOUSING_FIRST\",\"capacity\":1}");

        getAs(worker, "/api/dwellings?housingModel=HOUSING_FIRST")
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(ixelles, liege)));
        for (String commune : List.of("Schaerbeek", "schaerbeek", "SCHAARBEEK", "Schaarbeek")) {
            getAs(worker, "/api/dwellings?municipality=" + commune)
                    .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(schaerbeek));
        }
        getAs(worker, "/api/dwellings?municipality=liege").andExpect(jsonPath("$.items[0].id").value(liege));
        getAs(worker, "/api/dwellings?municipality=Elsene&housingModel=HOUSING_FIRST&status=AVAILABLE")
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(ixelles));
        getAs(worker, "/api/dwellings?municipality=Ixelles&housingModel=KANGAROO")
                .andExpect(jsonPath("$.total").value(0));
        getAs(worker, "/api/dwellings?housingModel=CASTLE").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("housingModel"))
                .andExpect(jsonPath("$.errors[0].code").value("not_allowed"));

        RequestPostProcessor neighbour = TestTokens.user("filter-neighbour", "staff", "filter-other-org");
        getAs(neighbour, "/api/dwellings?municipality=Schaerbeek").andExpect(jsonPath("$.total").value(0));
        getAs(neighbour, "/api/dwellings/" + schaerbeek).andExpect(status().isNotFound());
        getAs(eva(), "/api/dwellings?municipality=Schaerbeek").andExpect(status().isForbidden());
    }

    @Test
    void sites_show_their_shared_spaces_and_free_places() throws Exception {
        RequestPostProcessor worker = TestTokens.user("places-worker", "coordinator", "places-org");
        String site = site(worker, "Les Glycines", "GROUPED_SOLIDARITY", "GARDEN", "KITCHEN");
        String first = dwellingOnSite(worker, site, 2);
        dwellingOnSite(worker, site, 1);
        moveIn(worker, knownTenant("places-org"), first, TODAY.minusDays(3));

        getAs(worker, "/api/sites")
                .andExpect(jsonPath("$.items[0].sharedSpaces", containsInAnyOrder("GARDEN", "KITCHEN")))
                .andExpect(jsonPath("$.items[0].freePlaces").value(2));
        getAs(worker, "/api/sites/" + site).andExpect(jsonPath("$.freePlaces").value(2));
        http.perform(patch("/api/dwellings/" + first).with(worker).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"WORKS\"}")).andExpect(status().isOk());
        getAs(worker, "/api/sites/" + site).andExpect(jsonPath("$.freePlaces").value(1));
    }

    @Test
    void a_dwellings_page_lists_its_running_and_past_tenancies_and_each_tenancy_says_where_it_is() throws Exception {
        RequestPostProcessor worker = TestTokens.user("page-worker", "staff", "page-org");
        String site = site(worker, "Maison Biloba", "GROUPED_SOLIDARITY", "GARDEN");
        String dwelling = dwellingOnSite(worker, site, 1);
        String left = knownTenant("page-org");
        String stays = knownTenant("page-org");
        String past = moveIn(worker, left, dwelling, TODAY.minusDays(100));
        postJson(worker, "/api/tenancies/" + past + "/end",
                "{\"endDate\":\"" + TODAY.minusDays(40) + "\",\"reason\":\"MOVED_ON\"}").andExpect(status().isOk());
        String current = moveIn(worker, stays, dwelling, TODAY.minusDays(30));

        getAs(worker, "/api/dwellings/" + dwelling)
                .andExpect(jsonPath("$.tenancies", hasSize(2)))
                .andExpect(jsonPath("$.tenancies[0].id").value(current))
                .andExpect(jsonPath("$.tenancies[0].tenantId").value(stays))
                .andExpect(jsonPath("$.tenancies[0].running").value(true))
                .andExpect(jsonPath("$.tenancies[0].endDate").value(nullValue()))
                .andExpect(jsonPath("$.tenancies[1].id").value(past))
                .andExpect(jsonPath("$.tenancies[1].moveInDate").value(TODAY.minusDays(100).toString()))
                .andExpect(jsonPath("$.tenancies[1].endDate").value(TODAY.minusDays(40).toString()))
                .andExpect(jsonPath("$.tenancies[1].endReason").value("MOVED_ON"));
        getAs(worker, "/api/dwellings?siteId=" + site).andExpect(jsonPath("$.items[0].tenancies").doesNotExist());

        getAs(worker, "/api/tenancies?tenantId=" + left)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].dwellingLabel").value("Rue de la Victoire 7, 1060 Saint-Gilles"))
                .andExpect(jsonPath("$.items[0].dwellingAddress.street").value("Rue de la Victoire"))
                .andExpect(jsonPath("$.items[0].siteName").value("Maison Biloba"))
                .andExpect(jsonPath("$.items[0].endReason").value("MOVED_ON"));
        getAs(worker, "/api/tenancies?dwellingId=" + dwelling + "&page=1&size=1")
                .andExpect(jsonPath("$.total").value(2)).andExpect(jsonPath("$.items[0].id").value(past));
        getAs(worker, "/api/tenancies/" + current).andExpect(jsonPath("$.siteName").value("Maison Biloba"));

        RequestPostProcessor neighbour = TestTokens.user("page-neighbour", "staff", "page-other-org");
        getAs(neighbour, "/api/dwellings/" + dwelling).andExpect(status().isNotFound());
        getAs(neighbour, "/api/tenancies?tenantId=" + left).andExpect(jsonPath("$.total").value(0));
        getAs(farid(), "/api/tenancies?tenantId=" + left).andExpect(status().isForbidden());
    }

    @Test
    void a_move_in_names_every_field_at_fault_at_once_and_changes_nothing() throws Exception {
        RequestPostProcessor worker = TestTokens.user("form-worker", "staff", "form-org");
        String community = create(worker, "/api/dwellings", "{\"address\":" + address("Rue Haute", "1000", "Bruxelles")
                + ",\"housingModel\":\"COMMUNITY\",\"capacity\":4,\"capacityUnit\":\"ROOMS\"}");
        String tenant = knownTenant("form-org");

        Map<String, Object> before = store();
        postJson(worker, "/api/tenancies", "{\"tenantId\":\"" + tenant + "\",\"dwellingId\":\"" + community
                + "\",\"moveInDate\":\"" + TODAY + "\",\"plannedEnd\":\"" + TODAY.minusDays(1)
                + "\",\"rentShareCents\":-5}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[?(@.field=='room')].code").value("required"))
                .andExpect(jsonPath("$.errors[?(@.field=='plannedEnd')].code").value("before_start"))
                .andExpect(jsonPath("$.errors[?(@.field=='rentShareCents')].code").value("too_small"));
        postJson(worker, "/api/tenancies", "{\"tenantId\":\"someone-else\",\"dwellingId\":\"nowhere\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[?(@.field=='tenantId')].code").value("unknown"))
                .andExpect(jsonPath("$.errors[?(@.field=='dwellingId')].code").value("unknown"))
                .andExpect(jsonPath("$.errors[?(@.field=='moveInDate')].code").value("required"));
        assertThat(store()).isEqualTo(before);
    }

    @Test
    void a_refused_move_in_names_the_field_in_conflict_with_a_plain_reason() throws Exception {
        RequestPostProcessor worker = TestTokens.user("conflict-worker", "staff", "conflict-org");
        String flat = dwelling(worker, "HOUSING_FIRST", 1);
        String other = dwelling(worker, "HOUSING_FIRST", 1);
        String community = create(worker, "/api/dwellings", "{\"address\":" + address("Rue Haute", "1000", "Bruxelles")
                + ",\"housingModel\":\"COMMUNITY\",\"capacity\":3,\"capacityUnit\":\"ROOMS\"}");
        String housed = knownTenant("conflict-org");
        String next = knownTenant("conflict-org");
        moveIn(worker, housed, flat, TODAY.minusDays(10));

        Map<String, Object> before = store();
        postJson(worker, "/api/tenancies", tenancy(next, flat, TODAY))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("full")))
                .andExpect(jsonPath("$.errors[0].field").value("dwellingId"))
                .andExpect(jsonPath("$.errors[0].code").value("conflicting"))
                .andExpect(jsonPath("$.errors[0].message", containsString("End a tenancy there first")));
        postJson(worker, "/api/tenancies", tenancy(housed, other, TODAY))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("moveInDate"))
                .andExpect(jsonPath("$.errors[0].code").value("conflicting"))
                .andExpect(jsonPath("$.errors[0].message", containsString("still running")));
        assertThat(store()).isEqualTo(before);

        create(worker, "/api/tenancies", "{\"tenantId\":\"" + next + "\",\"dwellingId\":\"" + community
                + "\",\"room\":\"Chambre 1\",\"moveInDate\":\"" + TODAY + "\"}");
        postJson(worker, "/api/tenancies", "{\"tenantId\":\"" + knownTenant("conflict-org") + "\",\"dwellingId\":\""
                + community + "\",\"room\":\"chambre 1\",\"moveInDate\":\"" + TODAY + "\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("room"))
                .andExpect(jsonPath("$.errors[0].code").value("conflicting"));
    }

    @Test
    void an_end_names_every_field_at_fault_at_once() throws Exception {
        RequestPostProcessor worker = TestTokens.user("end-worker", "staff", "end-org");
        String tenancy = moveIn(worker, knownTenant("end-org"), dwelling(worker, "HOUSING_FIRST", 1),
                TODAY.minusDays(10));

        Map<String, Object> before = store();
        postJson(worker, "/api/tenancies/" + tenancy + "/end", "{\"endDate\":\"" + TODAY.plusDays(2) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[?(@.field=='endDate')].code").value("in_future"))
                .andExpect(jsonPath("$.errors[?(@.field=='reason')].code").value("required"));
        assertThat(store()).isEqualTo(before);
        RequestPostProcessor neighbour = TestTokens.user("end-neighbour", "staff", "end-other-org");
        postJson(neighbour, "/api/tenancies/" + tenancy + "/end", "{\"endDate\":\"" + TODAY.plusDays(2) + "\"}")
                .andExpect(status().isNotFound());
    }

    @Test
    void a_dwelling_names_every_field_at_fault_at_once() throws Exception {
        RequestPostProcessor worker = TestTokens.user("register-worker", "staff", "register-org");
        Map<String, Object> before = store();
        postJson(worker, "/api/dwellings", "{\"address\":" + address("Rue Haute", "1030", "Bruxelles")
                + ",\"siteId\":\"no-such-site\",\"capacity\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[?(@.field=='address.postcode')].code").value("conflicting"))
                .andExpect(jsonPath("$.errors[?(@.field=='siteId')].code").value("unknown"));
        String dwelling = dwelling(worker, "HOUSING_FIRST", 1);
        http.perform(patch("/api/dwellings/" + dwelling).with(worker).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"OCCUPIED\",\"floor\":-9}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[?(@.field=='status')].code").value("not_allowed"))
                .andExpect(jsonPath("$.errors[?(@.field=='floor')].code").value("too_small"));
        assertThat(store()).hasSize(before.size() + 1);
    }
}
