package be.foyer.housing;

import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static be.foyer.platform.test.TestTokens.hugo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import be.foyer.events.housing.DwellingStatusChanged;
import be.foyer.events.housing.TenancyEnded;
import be.foyer.events.housing.TenancyStarted;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TestTokens;

@FoyerServiceTest
class TenancyApiTest extends HousingApi {

    @Test
    void a_kangaroo_dwelling_holds_two_households_is_occupied_when_full_and_refuses_a_third() throws Exception {
        RequestPostProcessor keeper = TestTokens.user("kangaroo-keeper", "staff", "kangaroo-org");
        String dwelling = dwelling(keeper, "KANGAROO", 2);
        String downstairs = knownTenant("kangaroo-org");
        String upstairs = knownTenant("kangaroo-org");
        String third = knownTenant("kangaroo-org");

        String first = moveIn(keeper, downstairs, dwelling, TODAY.minusDays(30));
        getAs(keeper, "/api/dwellings/" + dwelling)
                .andExpect(jsonPath("$.status").value("AVAILABLE"))
                .andExpect(jsonPath("$.occupied").value(1))
                .andExpect(jsonPath("$.freePlaces").value(1));
        getAs(keeper, "/api/dwellings?status=AVAILABLE").andExpect(jsonPath("$.total").value(1));

        moveIn(keeper, upstairs, dwelling, TODAY.minusDays(10));
        getAs(keeper, "/api/dwellings/" + dwelling)
                .andExpect(jsonPath("$.status").value("OCCUPIED"))
                .andExpect(jsonPath("$.occupied").value(2))
                .andExpect(jsonPath("$.freePlaces").value(0))
                .andExpect(jsonPath("$.statusHistory[0].status").value("OCCUPIED"))
                .andExpect(jsonPath("$.statusHistory[0].previousStatus").value("AVAILABLE"));
        getAs(keeper, "/api/dwellings?status=AVAILABLE").andExpect(jsonPath("$.total").value(0));
        getAs(keeper, "/api/tenancies?dwellingId=" + dwelling + "&running=true")
                .andExpect(jsonPath("$.total").value(2));

        Map<String, Object> before = store();
        postJson(keeper, "/api/tenancies", tenancy(third, dwelling, TODAY))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("full")));
        assertThat(store()).isEqualTo(before);

        DwellingStatusChanged occupied = new DwellingStatusChanged(dwelling, "OCCUPIED", "AVAILABLE",
                TODAY.minusDays(10));
        assertThat(housingRecords(dwelling, occupied::equals).stream().map(HousingApi::payload)).contains(occupied);
        ConsumerRecord<String, String> started = housingRecords(first, TenancyStarted.class::isInstance).get(0);
        assertThat(payload(started)).isEqualTo(new TenancyStarted(first, downstairs, dwelling, null, "KANGAROO",
                TODAY.minusDays(30), null));
    }

    @Test
    void ending_a_tenancy_with_return_to_street_frees_the_place_and_publishes_the_reason() throws Exception {
        RequestPostProcessor worker = TestTokens.user("street-worker", "staff", "street-org");
        String dwelling = dwelling(worker, "HOUSING_FIRST", 1);
        String tenant = knownTenant("street-org");
        String tenancy = moveIn(worker, tenant, dwelling, TODAY.minusDays(200));
        getAs(worker, "/api/dwellings/" + dwelling).andExpect(jsonPath("$.status").value("OCCUPIED"));

        postJson(worker, "/api/tenancies/" + tenancy + "/end",
                "{\"endDate\":\"" + TODAY.minusDays(2) + "\",\"reason\":\"RETURN_TO_STREET\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.running").value(false))
                .andExpect(jsonPath("$.endDate").value(TODAY.minusDays(2).toString()))
                .andExpect(jsonPath("$.endReason").value("RETURN_TO_STREET"));

        getAs(worker, "/api/dwellings/" + dwelling)
                .andExpect(jsonPath("$.status").value("AVAILABLE"))
                .andExpect(jsonPath("$.freePlaces").value(1))
                .andExpect(jsonPath("$.statusHistory[1].status").value("AVAILABLE"))
                .andExpect(jsonPath("$.statusHistory[1].previousStatus").value("OCCUPIED"));
        getAs(worker, "/api/tenancies/" + tenancy).andExpect(jsonPath("$.endReason").value("RETURN_TO_STREET"));
        getAs(worker, "/api/tenancies?running=true").andExpect(jsonPath("$.total").value(0));

        List<ConsumerRecord<String, String>> records = housingRecords(tenancy, TenancyEnded.class::isInstance);
        assertThat(records.stream().map(HousingApi::payload)).contains(new TenancyEnded(tenancy, tenant, dwelling,
                "HOUSING_FIRST", TODAY.minusDays(200), TODAY.minusDays(2), "RETURN_TO_STREET"));
        DwellingStatusChanged available = new DwellingStatusChanged(dwelling, "AVAILABLE", "OCCUPIED",
                TODAY.minusDays(2));
        assertThat(housingRecords(dwelling, available::equals).stream().map(HousingApi::payload))
                .contains(available);
        for (ConsumerRecord<String, String> record : records) {
            assertThat(record.value()).doesNotContain("Rue Haute").doesNotContain("Bruxelles");
        }

        postJson(worker, "/api/tenancies/" + tenancy + "/end",
                "{\"endDate\":\"" + TODAY.minusDays(1) + "\",\"reason\":\"OTHER\"}")
                .andExpect(status().isConflict());
        // the end is exclusive: the tenant may move in again from the day they left
        moveIn(worker, tenant, dwelling, TODAY.minusDays(2));
    }

    @Test
    void a_tenant_never_has_two_overlapping_tenancies() throws Exception {
        RequestPostProcessor worker = TestTokens.user("overlap-worker", "staff", "overlap-org");
        String first = dwelling(worker, "SCATTERED", 1);
        String second = dwelling(worker, "SCATTERED", 1);
        String tenant = knownTenant("overlap-org");
        String tenancy = moveIn(worker, tenant, first, TODAY.minusDays(100));

        Map<String, Object> before = store();
        postJson(worker, "/api/tenancies", tenancy(tenant, second, TODAY.minusDays(5)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("still running")));
        assertThat(store()).isEqualTo(before);

        postJson(worker, "/api/tenancies/" + tenancy + "/end",
                "{\"endDate\":\"" + TODAY.minusDays(20) + "\",\"reason\":\"MOVED_ON\"}")
                .andExpect(status().isOk());
        before = store();
        postJson(worker, "/api/tenancies", tenancy(tenant, second, TODAY.minusDays(150)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("to " + TODAY.minusDays(20))));
        assertThat(store()).isEqualTo(before);
        moveIn(worker, tenant, second, TODAY.minusDays(20));
    }

    @Test
    void an_end_before_the_move_in_is_refused_and_the_tenancy_runs_on() throws Exception {
        RequestPostProcessor worker = TestTokens.user("date-worker", "coordinator", "dates-org");
        String dwelling = dwelling(worker, "HOUSING_FIRST", 1);
        String tenancy = moveIn(worker, knownTenant("dates-org"), dwelling, TODAY.minusDays(10));

        Map<String, Object> before = store();
        postJson(worker, "/api/tenancies/" + tenancy + "/end",
                "{\"endDate\":\"" + TODAY.minusDays(11) + "\",\"reason\":\"EVICTION\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"))
                .andExpect(jsonPath("$.errors[0].message", containsString("move-in date")));
        postJson(worker, "/api/tenancies/" + tenancy + "/end", "{\"endDate\":\"" + TODAY + "\",\"reason\":\"GONE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        postJson(worker, "/api/tenancies/" + tenancy + "/end", "{\"endDate\":\"" + TODAY.plusDays(3)
                + "\",\"reason\":\"MOVED_ON\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
        assertThat(store()).isEqualTo(before);
        getAs(worker, "/api/tenancies/" + tenancy).andExpect(jsonPath("$.running").value(true));
    }

    @Test
    void an_unknown_tenant_and_another_organisations_tenant_are_refused_alike() throws Exception {
        RequestPostProcessor worker = TestTokens.user("careful-worker", "staff", "careful-org");
        String dwelling = dwelling(worker, "HOUSING_FIRST", 1);
        String foreign = knownTenant("diogenes");

        Map<String, Object> before = store();
        for (String tenant : List.of("no-such-tenant", foreign)) {
            postJson(worker, "/api/tenancies", tenancy(tenant, dwelling, TODAY))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("tenantId"))
                    .andExpect(jsonPath("$.errors[0].message").value("is not one of your organisation's tenants"));
        }
        postJson(worker, "/api/tenancies", "{\"dwellingId\":\"" + dwelling + "\",\"rentShareCents\":-1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("tenantId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("moveInDate")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("rentShareCents")));
        assertThat(store()).isEqualTo(before);
    }

    @Test
    void another_organisations_tenancies_and_dwellings_are_404_and_lists_hold_only_ones_own() throws Exception {
        String dwelling = dwelling(hugo(), "GROUPED_SOLIDARITY", 3);
        String tenancy = moveIn(hugo(), knownTenant("a-toi-mon-toit"), dwelling, TODAY.minusDays(3));
        String brunosTenant = knownTenant("diogenes");

        http.perform(get("/api/tenancies/" + tenancy).with(bruno())).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/tenancies/no-such-tenancy").with(hugo())).andExpect(status().isNotFound());
        Map<String, Object> before = store();
        postJson(bruno(), "/api/tenancies/" + tenancy + "/end",
                "{\"endDate\":\"" + TODAY + "\",\"reason\":\"OTHER\"}").andExpect(status().isNotFound());
        http.perform(patch("/api/dwellings/" + dwelling).with(bruno()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"WORKS\"}")).andExpect(status().isNotFound());
        postJson(bruno(), "/api/tenancies", tenancy(brunosTenant, dwelling, TODAY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dwellingId"));
        assertThat(store()).isEqualTo(before);
        getAs(bruno(), "/api/tenancies?dwellingId=" + dwelling).andExpect(jsonPath("$.total").value(0));
        getAs(hugo(), "/api/tenancies/" + tenancy).andExpect(jsonPath("$.dwellingId").value(dwelling));
    }

    @Test
    void shared_dwellings_want_a_free_room_and_transit_housing_a_planned_end() throws Exception {
        RequestPostProcessor worker = TestTokens.user("rooms-worker", "staff", "rooms-org");
        String community = create(worker, "/api/dwellings", "{\"address\":" + address("Rue Haute", "1000", "Bruxelles")
                + ",\"housingModel\":\"COMMUNITY\",\"capacity\":4,\"capacityUnit\":\"ROOMS\"}");
        String transit = dwelling(worker, "TRANSIT", 2);
        String tenant = knownTenant("rooms-org");
        String other = knownTenant("rooms-org");

        Map<String, Object> before = store();
        postJson(worker, "/api/tenancies", tenancy(tenant, community, TODAY))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("room"));
        postJson(worker, "/api/tenancies", tenancy(tenant, transit, TODAY))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("plannedEnd"));
        postJson(worker, "/api/tenancies", "{\"tenantId\":\"" + tenant + "\",\"dwellingId\":\"" + transit
                + "\",\"moveInDate\":\"" + TODAY + "\",\"plannedEnd\":\"" + TODAY + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("plannedEnd"));
        assertThat(store()).isEqualTo(before);

        String roomBody = "\",\"dwellingId\":\"" + community + "\",\"room\":\"Chambre 2\",\"moveInDate\":\"" + TODAY
                + "\"}";
        String inRoom = create(worker, "/api/tenancies", "{\"tenantId\":\"" + tenant + roomBody);
        getAs(worker, "/api/tenancies/" + inRoom).andExpect(jsonPath("$.room").value("Chambre 2"));
        postJson(worker, "/api/tenancies", "{\"tenantId\":\"" + other + roomBody)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("Chambre 2")));
        String inTransit = create(worker, "/api/tenancies", "{\"tenantId\":\"" + other + "\",\"dwellingId\":\""
                + transit + "\",\"moveInDate\":\"" + TODAY + "\",\"plannedEnd\":\"" + TODAY.plusMonths(6) + "\"}");
        getAs(worker, "/api/tenancies/" + inTransit)
                .andExpect(jsonPath("$.plannedEnd").value(TODAY.plusMonths(6).toString()));
    }

    @Test
    void staff_and_coordinators_manage_tenancies_and_nobody_else() throws Exception {
        http.perform(get("/api/tenancies")).andExpect(status().isUnauthorized());
        for (RequestPostProcessor outsider : List.of(eva(), farid(), gina())) {
            http.perform(get("/api/tenancies").with(outsider)).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            postJson(outsider, "/api/tenancies", tenancy("t", "d", TODAY)).andExpect(status().isForbidden());
            postJson(outsider, "/api/tenancies/any/end", "{\"endDate\":\"" + TODAY + "\",\"reason\":\"OTHER\"}")
                    .andExpect(status().isForbidden());
        }
    }
}
