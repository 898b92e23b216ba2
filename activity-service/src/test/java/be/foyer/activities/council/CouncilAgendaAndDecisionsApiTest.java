package be.foyer.activities.council;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.chloe;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static be.foyer.platform.test.TestTokens.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.activities.ActivityTestSupport;
import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;
import be.foyer.events.tenants.ConsentChanged;
import be.foyer.platform.test.FoyerServiceTest;

/** Agenda items on behalf of tenants and their order; the decisions log, its filters and what decisions led to. */
@FoyerServiceTest
class CouncilAgendaAndDecisionsApiTest extends ActivityTestSupport {

    @Autowired
    MongoDatabase database;

    @Autowired
    ErasedProposers erasure;

    private ResultActions send(RequestPostProcessor user, MockHttpServletRequestBuilder request, String body)
            throws Exception {
        return http.perform(request.with(user).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static List<String> fields(ResultActions refused) throws Exception {
        return JsonPath.read(refused.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(),
                "$.errors[*].field");
    }

    private String meeting(String start) throws Exception {
        return JsonPath.read(send(farid(), post("/api/council/meetings"), "{\"start\":\"" + start + "\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    @Test
    void agenda_items_on_behalf_of_tenants_are_anonymous_without_consent_and_can_be_reordered() throws Exception {
        String id = meeting("2037-03-03T18:00");
        String withoutConsent = tenantOf("smes", false);
        String consenting = tenantOf("smes", true);

        String answer = send(alice(), post("/api/council/meetings/" + id + "/agenda-items"),
                "{\"title\":\"Les poubelles\",\"tenantId\":\"" + withoutConsent + "\",\"firstName\":\"Karim\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.agenda[0].onBehalfOfTenant").value(true))
                .andExpect(jsonPath("$.agenda[0].tenantFirstName").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.agenda[0].proposingOrganisation").value("smes"))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).doesNotContain(withoutConsent, "Karim", "tenantId");
        String first = JsonPath.read(answer, "$.agenda[0].id");
        String second = JsonPath.read(send(alice(), post("/api/council/meetings/" + id + "/agenda-items"),
                        "{\"title\":\"La fête des voisins\",\"tenantId\":\"" + consenting + "\",\"firstName\":\"Lina\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.agenda[1].tenantFirstName").value("Lina"))
                .andReturn().getResponse().getContentAsString(), "$.agenda[1].id");
        String third = JsonPath.read(send(farid(), post("/api/council/meetings/" + id + "/agenda-items"),
                        "{\"title\":\"Sortie d'été\",\"proposingOrganisation\":\"diogenes\"}")
                .andExpect(jsonPath("$.agenda[2].onBehalfOfTenant").value(false))
                .andReturn().getResponse().getContentAsString(), "$.agenda[2].id");
        String seenByBruno = body(bruno(), "/api/council/meetings/" + id);
        assertThat(seenByBruno).contains("Lina").doesNotContain("Karim", withoutConsent, consenting);

        // another organisation's tenant, or a facilitator naming one, is as unknown as none
        assertThat(fields(send(bruno(), post("/api/council/meetings/" + id + "/agenda-items"),
                "{\"title\":\"x\",\"tenantId\":\"" + withoutConsent + "\"}"))).containsExactly("tenantId");
        assertThat(fields(send(farid(), post("/api/council/meetings/" + id + "/agenda-items"),
                "{\"title\":\"x\",\"tenantId\":\"" + consenting + "\"}"))).containsExactly("tenantId");
        assertThat(fields(send(alice(), post("/api/council/meetings/" + id + "/agenda-items"),
                "{\"title\":\" \",\"firstName\":\"Lina\",\"proposingOrganisation\":\"Not An Alias\"}")))
                .containsExactlyInAnyOrder("title", "firstName", "proposingOrganisation");
        send(eva(), post("/api/council/meetings/" + id + "/agenda-items"), "{\"title\":\"x\"}")
                .andExpect(status().isForbidden());
        send(alice(), post("/api/council/meetings/no-such-meeting/agenda-items"), "{\"title\":\"x\"}")
                .andExpect(status().isNotFound());

        send(farid(), put("/api/council/meetings/" + id + "/agenda-items/order"),
                "{\"itemIds\":[\"" + third + "\",\"" + first + "\",\"" + second + "\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[*].id").value(org.hamcrest.Matchers.contains(third, first, second)))
                .andExpect(jsonPath("$.agenda[*].position").value(org.hamcrest.Matchers.contains(1, 2, 3)));
        for (String wrong : List.of("[\"" + third + "\",\"" + first + "\"]",
                "[\"" + third + "\",\"" + first + "\",\"" + first + "\"]",
                "[\"" + third + "\",\"" + first + "\",\"nope\"]")) {
            assertThat(fields(send(farid(), put("/api/council/meetings/" + id + "/agenda-items/order"),
                    "{\"itemIds\":" + wrong + "}"))).as(wrong).containsExactly("itemIds");
        }
        assertThat(fields(send(farid(), put("/api/council/meetings/" + id + "/agenda-items/order"), "{}")))
                .containsExactly("itemIds");
        send(alice(), put("/api/council/meetings/" + id + "/agenda-items/order"),
                "{\"itemIds\":[\"" + first + "\",\"" + second + "\",\"" + third + "\"]}")
                .andExpect(status().isForbidden());
        send(farid(), put("/api/council/meetings/no-such-meeting/agenda-items/order"), "{\"itemIds\":[]}")
                .andExpect(status().isNotFound());
        http.perform(get("/api/council/meetings/" + id).with(eva()))
                .andExpect(jsonPath("$.agenda[*].id").value(org.hamcrest.Matchers.contains(third, first, second)));

        // the consent withdrawn, the first name is no longer shown; the tenant erased, it is forgotten
        knownTenants.apply(envelope(new ConsentChanged(consenting, "SHARED_ACTIVITIES", false,
                LocalDate.of(2026, 2, 1), null)));
        assertThat(body(bruno(), "/api/council/meetings/" + id)).doesNotContain("Lina");
        erasure.forget(consenting);
        assertThat(database.getCollection("council_meetings").find(Filters.eq("_id", id)).first().toJson())
                .doesNotContain("Lina").contains("Karim");
    }

    @SuppressWarnings("unchecked")
    private static EventEnvelope<DomainEvent> envelope(DomainEvent payload) {
        return (EventEnvelope<DomainEvent>) (EventEnvelope<?>) EventEnvelope.of("smes", payload, Instant.now());
    }

    @Test
    void decisions_are_filtered_read_by_the_analyst_and_linked_to_what_they_led_to() throws Exception {
        String id = meeting("2037-04-07T18:00");
        String bike = JsonPath.read(send(farid(), post("/api/council/meetings/" + id + "/decisions"),
                "{\"text\":\"Ouvrir un atelier vélo\",\"votesFor\":8,\"votesAgainst\":0,\"abstentions\":1,"
                        + "\"ownerOrganisation\":\"smes\",\"status\":\"IN_PROGRESS\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.links.length()").value(0))
                .andReturn().getResponse().getContentAsString(), "$.id");
        String bins = JsonPath.read(send(farid(), post("/api/council/meetings/" + id + "/decisions"),
                "{\"text\":\"Des poubelles dans la cour\",\"votesFor\":5,\"votesAgainst\":2,\"abstentions\":0,"
                        + "\"ownerOrganisation\":\"diogenes\"}")
                .andReturn().getResponse().getContentAsString(), "$.id");

        String filtered = body(gina(), "/api/council/decisions?status=IN_PROGRESS&ownerOrganisation=smes&size=100");
        assertThat((List<String>) JsonPath.read(filtered, "$.items[*].id")).contains(bike).doesNotContain(bins);
        assertThat((List<String>) JsonPath.read(filtered, "$.items[*].ownerOrganisation")).containsOnly("smes");
        assertThat((List<String>) JsonPath.read(filtered, "$.items[*].status")).containsOnly("IN_PROGRESS");
        assertThat((List<String>) JsonPath.read(body(bruno(), "/api/council/decisions?ownerOrganisation=diogenes&size=100"),
                "$.items[*].id")).contains(bins).doesNotContain(bike);
        assertThat(fields(http.perform(get("/api/council/decisions?status=LATER&ownerOrganisation=Not%20An%20Alias")
                .with(alice())))).containsExactlyInAnyOrder("status", "ownerOrganisation");
        send(farid(), patch("/api/council/decisions/" + bins), "{\"status\":\"IN_PROGRESS\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS"));

        // an activity the caller sees, a house rule; another organisation's private activity is unknown
        String workshop = schedule(alice(), activity("Atelier vélo", "FEDERATION", LocalDateTime.of(2037, 5, 6, 14, 0),
                LocalDateTime.of(2037, 5, 6, 16, 0), 8, null));
        String internal = schedule(bruno(), activity("Réunion vélo interne", "ORGANISATION",
                LocalDateTime.of(2037, 5, 7, 14, 0), LocalDateTime.of(2037, 5, 7, 15, 0), 5, null));
        send(farid(), post("/api/council/decisions/" + bike + "/links"),
                "{\"kind\":\"ACTIVITY\",\"activityId\":\"" + workshop + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.links[0].kind").value("ACTIVITY"))
                .andExpect(jsonPath("$.links[0].activityId").value(workshop))
                .andExpect(jsonPath("$.links[0].activityTitle").value("Atelier vélo"))
                .andExpect(jsonPath("$.links[0].linkedAt").isNotEmpty());
        send(chloe(), post("/api/council/decisions/" + bike + "/links"),
                "{\"kind\":\"HOUSE_RULE\",\"siteName\":\"Rue Haute\",\"description\":\"Les vélos dans la cour\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.links[1].kind").value("HOUSE_RULE"))
                .andExpect(jsonPath("$.links[1].siteName").value("Rue Haute"))
                .andExpect(jsonPath("$.links[1].activityTitle").doesNotExist());
        assertThat(fields(send(farid(), post("/api/council/decisions/" + bike + "/links"),
                "{\"kind\":\"ACTIVITY\",\"activityId\":\"" + internal + "\"}"))).containsExactly("activityId");
        assertThat(fields(send(chloe(), post("/api/council/decisions/" + bike + "/links"),
                "{\"kind\":\"ACTIVITY\",\"activityId\":\"no-such-activity\"}"))).containsExactly("activityId");
        assertThat(fields(send(farid(), post("/api/council/decisions/" + bike + "/links"),
                "{\"kind\":\"HOUSE_RULE\",\"siteName\":\" \",\"description\":\"" + "x".repeat(1001) + "\"}")))
                .containsExactlyInAnyOrder("siteName", "description");
        assertThat(fields(send(farid(), post("/api/council/decisions/" + bike + "/links"), "{}")))
                .containsExactly("kind");
        assertThat(fields(send(farid(), post("/api/council/decisions/" + bike + "/links"), "{\"kind\":\"ACTIVITY\"}")))
                .containsExactly("activityId");
        for (RequestPostProcessor refused : List.of(alice(), eva(), gina())) {
            send(refused, post("/api/council/decisions/" + bike + "/links"),
                    "{\"kind\":\"ACTIVITY\",\"activityId\":\"" + workshop + "\"}").andExpect(status().isForbidden());
        }
        send(farid(), post("/api/council/decisions/no-such-decision/links"),
                "{\"kind\":\"ACTIVITY\",\"activityId\":\"" + workshop + "\"}").andExpect(status().isNotFound());

        // a diogenes coordinator links their private activity: only diogenes sees its title
        RequestPostProcessor diogenesCoordinator = user("dora", "coordinator", "diogenes");
        send(diogenesCoordinator, post("/api/council/decisions/" + bins + "/links"),
                "{\"kind\":\"ACTIVITY\",\"activityId\":\"" + internal + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.links[0].activityTitle").value("Réunion vélo interne"));
        http.perform(get("/api/council/decisions/" + bins).with(alice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.links[0].activityId").value(internal))
                .andExpect(jsonPath("$.links[0].activityTitle").doesNotExist());
        http.perform(get("/api/council/decisions/" + bike).with(gina()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.links[0].activityTitle").value("Atelier vélo"))
                .andExpect(jsonPath("$.links[1].description").value("Les vélos dans la cour"));
        http.perform(get("/api/council/decisions/no-such-decision").with(gina())).andExpect(status().isNotFound());
        http.perform(get("/api/council/meetings/" + id).with(gina())).andExpect(status().isForbidden());
        assertThat((List<String>) JsonPath.read(body(eva(), "/api/council/meetings/" + id), "$.decisions[0].links[*].kind"))
                .containsExactly("ACTIVITY", "HOUSE_RULE");

        List<ConsumerRecord<String, String>> records = records(id, value -> value.contains("IN_PROGRESS")
                && value.contains(bins));
        assertThat(records).isNotEmpty().allSatisfy(record -> assertThat(record.value())
                .doesNotContain("vélo", "poubelles", "Rue Haute", "Atelier"));
    }
}
