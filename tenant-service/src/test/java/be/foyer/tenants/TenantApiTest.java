package be.foyer.tenants;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static org.assertj.core.api.Assertions.assertThat;
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

import com.jayway.jsonpath.JsonPath;

import be.foyer.events.EventCodec;
import be.foyer.events.Topics;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TestTokens;
import be.foyer.platform.test.TopicProbe;

@FoyerServiceTest
class TenantApiTest {

    @Autowired
    MockMvc http;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    String register(org.springframework.test.web.servlet.request.RequestPostProcessor user, String first,
            String last) throws Exception {
        String body = http.perform(post("/api/tenants").with(user).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstName\":\"" + first + "\",\"lastName\":\"" + last + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/tenants/")))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void registering_a_tenant_publishes_TenantRegistered_without_the_name() throws Exception {
        String id = register(alice(), "Hélène", "Dubrulle");

        ConsumerRecord<String, String> record = new TopicProbe(kafka)
                .await(Topics.TENANTS, r -> id.equals(r.key()), Duration.ofSeconds(30));

        var event = EventCodec.decode(record.value()).orElseThrow();
        assertThat(event.type()).isEqualTo("TenantRegistered");
        assertThat(event.organisation()).isEqualTo("smes");
        assertThat(event.aggregateId()).isEqualTo(id);
        assertThat(record.value()).doesNotContain("Hélène").doesNotContain("Dubrulle");
    }

    @Test
    void a_tenant_is_read_back_by_its_organisation_and_is_404_for_another() throws Exception {
        String id = register(alice(), "Marc", "Lambert");

        http.perform(get("/api/tenants/" + id).with(alice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.firstName").value("Marc"));
        http.perform(get("/api/tenants/" + id).with(bruno()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/tenants/" + id + "/follow-ups").with(bruno()))
                .andExpect(status().isNotFound());
    }

    @Test
    void lists_hold_only_the_callers_organisation_and_are_paginated() throws Exception {
        var user = TestTokens.user("worker", "staff", "list-org");
        register(user, "A", "One");
        register(user, "B", "Two");
        register(user, "C", "Three");
        register(bruno(), "Other", "Organisation");

        http.perform(get("/api/tenants?page=0&size=2").with(user))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].lastName").value("One"));
        http.perform(get("/api/tenants?page=1&size=2").with(user))
                .andExpect(jsonPath("$.items.length()").value(1));
        http.perform(get("/api/tenants?size=1000").with(user))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void bad_input_answers_400_problem_naming_the_field_and_stores_nothing() throws Exception {
        var user = TestTokens.user("careful", "staff", "bad-input-org");
        http.perform(post("/api/tenants").with(user).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstName\":\"\",\"lastName\":\"X\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("firstName"));
        http.perform(post("/api/tenants").with(user).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstName\": \"Ana\", "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").exists());
        http.perform(get("/api/tenants").with(user)).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void follow_ups_are_validated_and_listed_latest_first() throws Exception {
        String id = register(alice(), "Jean", "Peeters");
        String url = "/api/tenants/" + id + "/follow-ups";

        http.perform(post(url).with(alice()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2026-01-05\",\"mode\":\"PHONE\",\"durationMinutes\":30}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").exists());
        http.perform(post(url).with(alice()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2026-01-09\",\"mode\":\"ACCOMPANIMENT\",\"durationMinutes\":120,"
                                + "\"place\":{\"name\":\"Musée Magritte\",\"category\":\"CULTURE\"}}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.place.category").value("CULTURE"));

        http.perform(post(url).with(alice()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2999-01-01\",\"mode\":\"PHONE\",\"durationMinutes\":30}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        http.perform(post(url).with(alice()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2026-01-05\",\"mode\":\"TELEPATHY\",\"durationMinutes\":30}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mode"));
        http.perform(post(url).with(alice()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2026-01-05\",\"mode\":\"ACCOMPANIMENT\",\"durationMinutes\":30}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("place"));
        http.perform(post(url).with(bruno()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2026-01-05\",\"mode\":\"PHONE\",\"durationMinutes\":30}"))
                .andExpect(status().isNotFound());

        http.perform(get(url).with(alice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].mode").value("ACCOMPANIMENT"));
    }

    @Test
    void a_follow_up_event_carries_the_place_id_and_category_but_not_its_name() throws Exception {
        String id = register(alice(), "Sofia", "Haddad");
        http.perform(post("/api/tenants/" + id + "/follow-ups").with(alice()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2026-02-02\",\"mode\":\"ACCOMPANIMENT\",\"durationMinutes\":60,"
                                + "\"place\":{\"name\":\"CPAS d'Ixelles\",\"category\":\"ADMINISTRATION\"}}"))
                .andExpect(status().isCreated());

        ConsumerRecord<String, String> record = new TopicProbe(kafka).await(Topics.TENANTS,
                r -> id.equals(r.key()) && r.value().contains("FollowUpRecorded"), Duration.ofSeconds(30));
        assertThat(record.value()).contains("ADMINISTRATION").contains("placeId").doesNotContain("Ixelles");
    }

    @Test
    void who_may_not_reach_tenant_files_is_told_so() throws Exception {
        http.perform(get("/api/tenants")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/tenants").with(farid())).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/tenants").with(gina())).andExpect(status().isForbidden());
    }

    @Test
    void a_user_of_several_organisations_names_one_that_is_theirs() throws Exception {
        var twoHats = TestTokens.user("twohats", "staff", "smes", "diogenes");
        http.perform(get("/api/tenants").with(twoHats)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("X-Organisation")));
        http.perform(get("/api/tenants").with(twoHats).header("X-Organisation", "diogenes"))
                .andExpect(status().isOk());
        http.perform(get("/api/tenants").with(alice()).header("X-Organisation", "diogenes"))
                .andExpect(status().isForbidden());
    }
}
