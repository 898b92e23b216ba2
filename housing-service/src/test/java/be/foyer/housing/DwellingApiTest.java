package be.foyer.housing;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.chloe;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static be.foyer.platform.test.TestTokens.hugo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import be.foyer.events.EventCodec;
import be.foyer.events.Topics;
import be.foyer.events.housing.DwellingRegistered;
import be.foyer.events.housing.DwellingStatusChanged;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TestTokens;
import be.foyer.platform.test.TopicProbe;

@FoyerServiceTest
class DwellingApiTest extends HousingApi {

    static String dwelling(String street, String postcode, String municipality, String model, int capacity) {
        return "{\"address\":{\"street\":\"" + street + "\",\"number\":\"12\",\"box\":\"3\",\"postcode\":\"" + postcode
                + "\",\"municipality\":\"" + municipality + "\"},\"housingModel\":\"" + model + "\",\"capacity\":"
                + capacity + "}";
    }

    String register(RequestPostProcessor user, String body) throws Exception {
        String answer = http.perform(post("/api/dwellings").with(user).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/dwellings/")))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    @Test
    void registering_a_dwelling_answers_it_and_publishes_DwellingRegistered_without_the_address() throws Exception {
        String answer = http.perform(post("/api/dwellings").with(hugo()).contentType(MediaType.APPLICATION_JSON)
                        .content(dwelling("Rue de la Victoire", "1060", "Saint-Gilles", "GROUPED_SOLIDARITY", 2)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").exists())
                .andExpect(jsonPath("$.address.street").value("Rue de la Victoire"))
                .andExpect(jsonPath("$.address.number").value("12"))
                .andExpect(jsonPath("$.address.box").value("3"))
                .andExpect(jsonPath("$.address.postcode").value("1060"))
                .andExpect(jsonPath("$.address.municipality").value("Saint-Gilles"))
                .andExpect(jsonPath("$.housingModel").value("GROUPED_SOLIDARITY"))
                .andExpect(jsonPath("$.capacity").value(2))
                .andExpect(jsonPath("$.status").value("AVAILABLE"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(answer, "$.id");

        ConsumerRecord<String, String> record = new TopicProbe(kafka)
                .await(Topics.HOUSING, r -> id.equals(r.key()), Duration.ofSeconds(30));

        var event = EventCodec.decode(record.value()).orElseThrow();
        assertThat(event.type()).isEqualTo("DwellingRegistered");
        assertThat(event.organisation()).isEqualTo("a-toi-mon-toit");
        assertThat(event.aggregateId()).isEqualTo(id);
        assertThat(event.payload()).isEqualTo(new DwellingRegistered(id, null, "GROUPED_SOLIDARITY", 2));
        assertThat(record.value()).doesNotContain("Victoire").doesNotContain("Saint-Gilles").doesNotContain("1060");
    }

    @Test
    void a_dwelling_is_read_back_by_its_organisation_and_is_404_for_another() throws Exception {
        String id = register(hugo(), dwelling("Chaussée de Forest", "1060", "Saint-Gilles", "COMMUNITY", 6));

        http.perform(get("/api/dwellings/" + id).with(hugo()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.address.street").value("Chaussée de Forest"))
                .andExpect(jsonPath("$.housingModel").value("COMMUNITY"))
                .andExpect(jsonPath("$.status").value("AVAILABLE"));
        http.perform(get("/api/dwellings/" + id).with(bruno()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/dwellings/no-such-dwelling").with(hugo()))
                .andExpect(status().isNotFound());
    }

    @Test
    void lists_hold_only_the_callers_organisation_and_are_paginated() throws Exception {
        var user = TestTokens.user("keeper", "coordinator", "dwelling-list-org");
        register(user, dwelling("Rue Haute", "1000", "Bruxelles", "HOUSING_FIRST", 1));
        register(user, dwelling("Avenue Louise", "1050", "Ixelles", "SCATTERED", 1));
        register(user, dwelling("Rue Royale", "1210", "Saint-Josse-ten-Noode", "TRANSIT", 4));
        register(bruno(), dwelling("Rue Neuve", "1000", "Bruxelles", "HOUSING_FIRST", 1));

        http.perform(get("/api/dwellings?page=0&size=2").with(user))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].address.postcode").value("1000"))
                .andExpect(jsonPath("$.items[1].address.postcode").value("1050"));
        http.perform(get("/api/dwellings?page=1&size=2").with(user))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].address.street").value("Rue Royale"));
        http.perform(get("/api/dwellings?size=1000").with(user))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void bad_input_answers_400_problem_naming_the_field_and_stores_nothing() throws Exception {
        var user = TestTokens.user("careful", "staff", "dwelling-bad-input-org");
        expectBadField(user, dwelling("Rue Haute", "999", "Bruxelles", "HOUSING_FIRST", 1), "address.postcode");
        expectBadField(user, dwelling("Rue Haute", "10000", "Bruxelles", "HOUSING_FIRST", 1), "address.postcode");
        expectBadField(user, dwelling("Rue Haute", "B-1000", "Bruxelles", "HOUSING_FIRST", 1), "address.postcode");
        expectBadField(user, dwelling("", "1000", "Bruxelles", "HOUSING_FIRST", 1), "address.street");
        expectBadField(user, dwelling("Rue Haute", "1000", " ", "HOUSING_FIRST", 1), "address.municipality");
        expectBadField(user, dwelling("Rue Haute", "1000", "Bruxelles", "HOUSING_FIRST", 0), "capacity");
        expectBadField(user, dwelling("Rue Haute", "1000", "Bruxelles", "HOUSING_FIRST", 51), "capacity");
        expectBadField(user, dwelling("Rue Haute", "1000", "Bruxelles", "CASTLE", 1), "housingModel");
        expectBadField(user, "{\"address\":{\"street\":\"Rue Haute\",\"postcode\":\"1000\",\"municipality\":\"Bruxelles\"},"
                + "\"housingModel\":\"TRANSIT\",\"capacity\":1}", "address.number");
        expectBadField(user, "{\"housingModel\":\"TRANSIT\",\"capacity\":1}", "address");
        expectBadField(user, "{\"address\":{\"street\":\"Rue Haute\",\"number\":\"1\",\"postcode\":\"1000\","
                + "\"municipality\":\"Bruxelles\"},\"capacity\":1}", "housingModel");
        http.perform(post("/api/dwellings").with(user).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"address\": {"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").exists());

        http.perform(get("/api/dwellings").with(user)).andExpect(jsonPath("$.total").value(0));
    }

    private void expectBadField(RequestPostProcessor user, String body, String field) throws Exception {
        http.perform(post("/api/dwellings").with(user).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    @Test
    void an_address_that_cannot_exist_in_belgium_is_refused_and_nothing_is_stored() throws Exception {
        var user = TestTokens.user("postcode-checker", "staff", "dwelling-postcode-org");
        Map<String, Object> before = store();
        expectBadField(user, dwelling("Rue Haute", "1999", "Bruxelles", "HOUSING_FIRST", 1), "address.postcode");
        expectBadField(user, dwelling("Grand-Place", "9999", "Nulle-part", "HOUSING_FIRST", 1), "address.postcode");
        http.perform(post("/api/dwellings").with(user).contentType(MediaType.APPLICATION_JSON)
                        .content(dwelling("Avenue Louise", "1050", "Schaerbeek", "SCATTERED", 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("address.postcode"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Schaerbeek, whose postcodes are 1030")));
        expectBadField(user, dwelling("Rue Haute", "1000", "Paris", "HOUSING_FIRST", 1), "address.municipality");
        assertThat(store()).isEqualTo(before);

        register(user, dwelling("Elsenesteenweg", "1050", "Elsene", "SCATTERED", 1));
        register(user, dwelling("Rue Neuve", "1000", "bruxelles", "SCATTERED", 1));
        register(user, dwelling("Boulevard d'Avroy", "4000", "Liège", "SCATTERED", 1));
        http.perform(get("/api/dwellings").with(user)).andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void a_dwelling_keeps_its_details_and_refuses_negative_amounts() throws Exception {
        var user = TestTokens.user("details-keeper", "staff", "dwelling-details-org");
        String full = "{\"address\":{\"street\":\"Rue Josaphat\",\"number\":\"120\",\"box\":\"2B\","
                + "\"postcode\":\"1030\",\"municipality\":\"Schaerbeek\"},\"housingModel\":\"HOUSING_FIRST\","
                + "\"capacity\":1,\"capacityUnit\":\"HOUSEHOLDS\",\"rooms\":3,\"bedrooms\":1,\"floor\":2,"
                + "\"stepFree\":false,\"landlordKind\":\"AIS\",\"landlordReference\":\"AIS-2026-114\","
                + "\"monthlyRentCents\":52000,\"monthlyChargesCents\":6000,\"energyClass\":\"C\"}";
        String id = register(user, full);
        http.perform(get("/api/dwellings/" + id).with(user))
                .andExpect(jsonPath("$.capacityUnit").value("HOUSEHOLDS"))
                .andExpect(jsonPath("$.rooms").value(3))
                .andExpect(jsonPath("$.bedrooms").value(1))
                .andExpect(jsonPath("$.floor").value(2))
                .andExpect(jsonPath("$.stepFree").value(false))
                .andExpect(jsonPath("$.landlordKind").value("AIS"))
                .andExpect(jsonPath("$.landlordReference").value("AIS-2026-114"))
                .andExpect(jsonPath("$.monthlyRentCents").value(52000))
                .andExpect(jsonPath("$.monthlyChargesCents").value(6000))
                .andExpect(jsonPath("$.energyClass").value("C"));

        Map<String, Object> before = store();
        expectBadField(user, full.replace("52000", "-1"), "monthlyRentCents");
        expectBadField(user, full.replace("6000", "-500"), "monthlyChargesCents");
        expectBadField(user, full.replace("\"C\"", "\"H\""), "energyClass");
        expectBadField(user, full.replace("\"AIS\"", "\"BANK\""), "landlordKind");
        http.perform(patch("/api/dwellings/" + id).with(user).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"monthlyRentCents\":-100}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("monthlyRentCents"));
        assertThat(store()).isEqualTo(before);

        http.perform(patch("/api/dwellings/" + id).with(user).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"monthlyRentCents\":54000,\"energyClass\":\"B\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.monthlyRentCents").value(54000))
                .andExpect(jsonPath("$.energyClass").value("B"))
                .andExpect(jsonPath("$.landlordReference").value("AIS-2026-114"));
    }

    @Test
    void works_and_withdrawal_hold_until_lifted_and_the_status_otherwise_follows_tenancies() throws Exception {
        var user = TestTokens.user("works-keeper", "coordinator", "dwelling-works-org");
        String id = register(user, dwelling("Rue Haute", "1000", "Bruxelles", "HOUSING_FIRST", 1));
        String tenant = knownTenant("dwelling-works-org");
        String tenancy = moveIn(user, tenant, id, TODAY.minusDays(30));

        Map<String, Object> before = store();
        changeStatus(user, id, "WITHDRAWN").andExpect(status().isConflict());
        changeStatus(user, id, "OCCUPIED").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        assertThat(store()).isEqualTo(before);

        changeStatus(user, id, "WORKS").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WORKS"));
        postJson(user, "/api/tenancies/" + tenancy + "/end",
                "{\"endDate\":\"" + TODAY.minusDays(1) + "\",\"reason\":\"HOSPITAL\"}").andExpect(status().isOk());
        http.perform(get("/api/dwellings/" + id).with(user))
                .andExpect(jsonPath("$.status").value("WORKS"))
                .andExpect(jsonPath("$.freePlaces").value(0));
        postJson(user, "/api/tenancies", tenancy(knownTenant("dwelling-works-org"), id, TODAY))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("under works")));

        changeStatus(user, id, "AVAILABLE").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AVAILABLE"))
                .andExpect(jsonPath("$.statusHistory[*].status", contains("OCCUPIED", "WORKS", "AVAILABLE")));
        changeStatus(user, id, "WITHDRAWN").andExpect(status().isOk());
        http.perform(get("/api/dwellings?status=WITHDRAWN").with(user)).andExpect(jsonPath("$.total").value(1));

        assertThat(housingRecords(id, payload -> payload instanceof DwellingStatusChanged
                && "WITHDRAWN".equals(((DwellingStatusChanged) payload).status())).stream().map(HousingApi::payload)
                .filter(payload -> payload instanceof DwellingStatusChanged).map(DwellingStatusChanged.class::cast)
                .map(DwellingStatusChanged::status))
                .containsExactly("OCCUPIED", "WORKS", "AVAILABLE", "WITHDRAWN");
    }

    private ResultActions changeStatus(RequestPostProcessor user, String id, String status) throws Exception {
        return http.perform(patch("/api/dwellings/" + id).with(user).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"" + status + "\"}"));
    }

    @Test
    void staff_and_coordinators_manage_dwellings_and_nobody_else() throws Exception {
        http.perform(get("/api/dwellings")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(post("/api/dwellings").contentType(MediaType.APPLICATION_JSON)
                        .content(dwelling("Rue Haute", "1000", "Bruxelles", "HOUSING_FIRST", 1)))
                .andExpect(status().isUnauthorized());

        http.perform(get("/api/dwellings").with(farid())).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(post("/api/dwellings").with(farid()).contentType(MediaType.APPLICATION_JSON)
                        .content(dwelling("Rue Haute", "1000", "Bruxelles", "HOUSING_FIRST", 1)))
                .andExpect(status().isForbidden());
        http.perform(get("/api/dwellings").with(gina())).andExpect(status().isForbidden());
        http.perform(get("/api/dwellings").with(eva())).andExpect(status().isForbidden());

        http.perform(get("/api/dwellings").with(alice())).andExpect(status().isOk());
        register(chloe(), dwelling("Rue Haute", "1000", "Bruxelles", "HOUSING_FIRST", 1));
    }
}
