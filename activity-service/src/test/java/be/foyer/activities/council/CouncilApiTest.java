package be.foyer.activities.council;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import be.foyer.activities.ActivityTestSupport;
import be.foyer.events.EventEnvelope;
import be.foyer.events.activities.CouncilDecisionRecorded;
import be.foyer.events.activities.CouncilMeetingHeld;
import be.foyer.events.activities.CouncilMeetingScheduled;
import be.foyer.platform.test.FoyerServiceTest;

@FoyerServiceTest
class CouncilApiTest extends ActivityTestSupport {

    private ResultActions send(RequestPostProcessor user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String body) throws Exception {
        return http.perform(request.with(user).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String meeting(String start) throws Exception {
        String answer = send(farid(), post("/api/council/meetings"),
                "{\"start\":\"" + start + "\",\"placeName\":\"Maison des associations\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    @Test
    void a_council_is_planned_fed_held_and_its_decisions_are_logged_across_meetings() throws Exception {
        String past = meeting(brusselsNowPlus(-120).toString());
        String next = meeting(brusselsNowPlus(30 * 24 * 60).toString());

        String item = JsonPath.read(send(alice(), post("/api/council/meetings/" + past + "/agenda-items"),
                        "{\"title\":\"Le chauffage dans les logements\",\"proposingOrganisation\":\"diogenes\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.agenda[0].proposingOrganisation").value("smes"))
                .andExpect(jsonPath("$.agenda[0].position").value(1))
                .andReturn().getResponse().getContentAsString(), "$.agenda[0].id");
        send(farid(), post("/api/council/meetings/" + past + "/agenda-items"),
                "{\"title\":\"Sortie d'été\",\"proposingOrganisation\":\"diogenes\"}")
                .andExpect(jsonPath("$.agenda[1].proposingOrganisation").value("diogenes"))
                .andExpect(jsonPath("$.agenda[1].position").value(2));

        send(farid(), put("/api/council/meetings/" + next + "/minutes"), "{\"minutes\":\"x\",\"status\":\"HELD\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        String minutes = "{\"minutes\":\"Compte rendu confidentiel\",\"status\":\"HELD\",\"attendance\":["
                + "{\"organisation\":\"smes\",\"tenantsPresent\":3},{\"organisation\":\"diogenes\",\"tenantsPresent\":2},"
                + "{\"organisation\":\"infirmiers-de-rue\",\"tenantsPresent\":0}],"
                + "\"outcomes\":[{\"agendaItemId\":\"" + item + "\",\"outcome\":\"Vote\"}]}";
        send(farid(), put("/api/council/meetings/" + past + "/minutes"), minutes)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.tenantsPresent").value(5))
                .andExpect(jsonPath("$.agenda[0].outcome").value("Vote"));
        send(farid(), put("/api/council/meetings/" + past + "/minutes"), minutes).andExpect(status().isOk());

        String decision = JsonPath.read(send(farid(), post("/api/council/meetings/" + past + "/decisions"),
                        "{\"text\":\"Demander un technicien chauffage\",\"agendaItemId\":\"" + item + "\",\"votesFor\":9,"
                                + "\"votesAgainst\":1,\"abstentions\":2,\"ownerOrganisation\":\"diogenes\","
                                + "\"dueDate\":\"2027-01-31\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        send(farid(), post("/api/council/meetings/" + next + "/decisions"),
                "{\"text\":\"Préparer le barbecue\",\"votesFor\":12,\"votesAgainst\":0,\"abstentions\":0,"
                        + "\"ownerOrganisation\":\"smes\"}").andExpect(status().isCreated());

        send(farid(), patch("/api/council/decisions/" + decision), "{\"status\":\"DONE\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"));
        String log = body(bruno(), "/api/council/decisions?size=100");
        List<String> ids = JsonPath.read(log, "$.items[*].id");
        assertThat(ids).contains(decision);
        assertThat((List<Integer>) JsonPath.read(log, "$.items[?(@.id == '" + decision + "')].votesFor"))
                .containsExactly(9);
        assertThat((List<String>) JsonPath.read(log, "$.items[?(@.id == '" + decision + "')].status"))
                .containsExactly("DONE");
        assertThat((List<String>) JsonPath.read(body(eva(), "/api/council/decisions?status=OPEN&size=100"),
                "$.items[*].id")).doesNotContain(decision);

        List<ConsumerRecord<String, String>> records = records(past, value -> value.contains("\"DONE\""));
        List<Object> payloads = events(records).stream().map(EventEnvelope::payload).map(Object.class::cast).toList();
        assertThat(payloads).contains(new CouncilMeetingHeld(past, brusselsNowPlus(-120).toLocalDate(),
                List.of("smes", "diogenes"), 5));
        assertThat(payloads).filteredOn(CouncilMeetingHeld.class::isInstance).hasSize(1);
        assertThat(payloads).filteredOn(CouncilMeetingScheduled.class::isInstance).hasSize(1);
        assertThat(payloads).contains(
                new CouncilDecisionRecorded(decision, past, "diogenes", 9, 1, 2, LocalDate.of(2027, 1, 31), "OPEN"),
                new CouncilDecisionRecorded(decision, past, "diogenes", 9, 1, 2, LocalDate.of(2027, 1, 31), "DONE"));
        assertThat(records).allSatisfy(record -> assertThat(record.value())
                .doesNotContain("chauffage", "confidentiel", "Maison", "Sortie"));
    }

    @Test
    void bad_council_input_and_wrong_roles_change_nothing() throws Exception {
        String id = meeting(brusselsNowPlus(-60).toString());
        send(farid(), post("/api/council/meetings/" + id + "/decisions"),
                "{\"text\":\"x\",\"votesFor\":-1,\"votesAgainst\":0,\"abstentions\":0,\"ownerOrganisation\":\"smes\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("votesFor"));
        send(farid(), post("/api/council/meetings/" + id + "/decisions"),
                "{\"text\":\"x\",\"votesFor\":1,\"votesAgainst\":0,\"abstentions\":0}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ownerOrganisation"));
        send(farid(), post("/api/council/meetings/" + id + "/decisions"),
                "{\"text\":\"x\",\"votesFor\":1,\"votesAgainst\":0,\"abstentions\":0,\"ownerOrganisation\":\"smes\","
                        + "\"agendaItemId\":\"nope\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("agendaItemId"));
        send(farid(), put("/api/council/meetings/" + id + "/minutes"),
                "{\"outcomes\":[{\"agendaItemId\":\"nope\",\"outcome\":\"x\"}]}")
                .andExpect(status().isBadRequest());
        send(farid(), post("/api/council/meetings"), "{\"placeName\":\"x\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("start"));
        send(farid(), post("/api/council/meetings/" + id + "/agenda-items"), "{\"title\":\" \"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));

        send(alice(), post("/api/council/meetings"), "{\"start\":\"2027-01-28T18:00\"}").andExpect(status().isForbidden());
        send(alice(), post("/api/council/meetings/" + id + "/decisions"),
                "{\"text\":\"x\",\"votesFor\":1,\"votesAgainst\":0,\"abstentions\":0,\"ownerOrganisation\":\"smes\"}")
                .andExpect(status().isForbidden());
        send(alice(), put("/api/council/meetings/" + id + "/minutes"), "{\"status\":\"HELD\"}")
                .andExpect(status().isForbidden());
        send(eva(), post("/api/council/meetings/" + id + "/agenda-items"), "{\"title\":\"x\"}")
                .andExpect(status().isForbidden());
        http.perform(get("/api/council/meetings").with(gina())).andExpect(status().isForbidden());
        http.perform(get("/api/council/decisions").with(gina())).andExpect(status().isOk());
        http.perform(get("/api/council/meetings")).andExpect(status().isUnauthorized());
        http.perform(get("/api/council/meetings/no-such-meeting").with(eva())).andExpect(status().isNotFound());
        send(farid(), patch("/api/council/decisions/no-such-decision"), "{\"status\":\"DONE\"}")
                .andExpect(status().isNotFound());

        http.perform(get("/api/council/meetings/" + id).with(eva()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SCHEDULED"))
                .andExpect(jsonPath("$.agenda.length()").value(0))
                .andExpect(jsonPath("$.decisions.length()").value(0));
        assertThat((List<String>) JsonPath.read(body(bruno(), "/api/council/meetings?size=100"), "$.items[*].id"))
                .contains(id);
    }
}
