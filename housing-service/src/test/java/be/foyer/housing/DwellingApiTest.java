package be.foyer.housing;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.chloe;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static be.foyer.platform.test.TestTokens.hugo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import be.foyer.events.EventCodec;
import be.foyer.events.Topics;
import be.foyer.events.housing.DwellingRegistered;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TestTokens;
import be.foyer.platform.test.TopicProbe;

@FoyerServiceTest
class DwellingApiTest {

    @Autowired
    MockMvc http;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

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
