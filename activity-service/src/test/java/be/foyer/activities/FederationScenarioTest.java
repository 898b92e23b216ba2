package be.foyer.activities;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.farid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import com.jayway.jsonpath.JsonPath;

import be.foyer.platform.test.FoyerServiceTest;

/**
 * The issue's "done means", in process: farid's weekly workshop fills up, waits, promotes; an outing is held;
 * the council meets and decides. Every record it puts on the topic is valid against its JSON Schema (formats
 * checked) and carries none of the titles or first names used.
 */
@FoyerServiceTest
class FederationScenarioTest extends ActivityTestSupport {

    // the series end (COUNT): a series without end would show in every later month other tests list
    @Test
    void the_federation_calendar_and_council_publish_only_valid_events_without_personal_data() throws Exception {
        LocalDateTime thursday = brusselsNowPlus(0).toLocalDate().plusWeeks(1)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)).atTime(14, 0);
        String workshop = schedule(farid(), activity("Atelier d'écriture", "FEDERATION", thursday,
                thursday.plusHours(2), 8, "\"recurrence\":\"FREQ=WEEKLY;BYDAY=TH;COUNT=8\""));
        String council = schedule(farid(), activity("Conseil des locataires", "FEDERATION",
                thursday.with(TemporalAdjusters.lastInMonth(DayOfWeek.THURSDAY)).withHour(18),
                thursday.with(TemporalAdjusters.lastInMonth(DayOfWeek.THURSDAY)).withHour(20), 40,
                "\"recurrence\":\"FREQ=MONTHLY;BYDAY=-1TH;COUNT=6\""));
        String occurrence = workshop + "@" + thursday.toString().substring(0, 16);

        List<String> names = List.of("Amélie", "Bertrand", "Chantal", "Dimitri", "Elif", "Fatou", "Gaston", "Hanna",
                "Igor");
        List<String> registrations = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            boolean alices = i % 2 == 0;
            String answer = register(alices ? alice() : bruno(), workshop, occurrence,
                    tenantOf(alices ? "smes" : "diogenes", true), names.get(i))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.status").value(i < 8 ? "CONFIRMED" : "WAITLISTED"))
                    .andReturn().getResponse().getContentAsString();
            registrations.add(JsonPath.read(answer, "$.id"));
        }
        String seenByBruno = body(bruno(), "/api/activities/" + workshop + "/registrations?occurrenceId=" + occurrence);
        assertThat(seenByBruno).doesNotContain("Amélie", "Chantal", "Elif", "Gaston", "Igor");
        http.perform(delete("/api/activities/" + workshop + "/registrations/" + registrations.get(1)).with(bruno()))
                .andExpect(status().isNoContent());
        http.perform(patch("/api/activities/" + workshop + "/occurrences/" + workshop + "@"
                        + thursday.plusWeeks(1).toString().substring(0, 16)).with(farid())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"CANCELLED\"}"))
                .andExpect(status().isOk());
        http.perform(patch("/api/activities/" + workshop + "/occurrences/" + workshop + "@"
                        + thursday.plusWeeks(2).toString().substring(0, 16)).with(farid())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\":\"" + thursday.plusWeeks(2).plusDays(1) + "\"}"))
                .andExpect(status().isOk());

        String outing = schedule(farid(), activity("Kayak sur la Lesse", "FEDERATION", brusselsNowPlus(-90),
                brusselsNowPlus(60), 10, "\"place\":{\"name\":\"Lesse\",\"category\":\"NATURE\"}"));
        String present = registrationId(register(bruno(), outing, null, tenantOf("diogenes", false), "Jules"));
        http.perform(put("/api/activities/" + outing + "/attendance").with(farid())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"present\":[\"" + present + "\"]}"))
                .andExpect(status().isOk());

        String meeting = JsonPath.read(http.perform(post("/api/council/meetings").with(farid())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\":\"" + brusselsNowPlus(-30) + "\",\"placeName\":\"Salle Bellevue\"}"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        http.perform(put("/api/council/meetings/" + meeting + "/minutes").with(farid())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"minutes\":\"Hanna a parlé\",\"status\":\"HELD\",\"attendance\":"
                                + "[{\"organisation\":\"smes\",\"tenantsPresent\":4}]}"))
                .andExpect(status().isOk());
        http.perform(post("/api/council/meetings/" + meeting + "/decisions").with(farid())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Visite du musée\",\"votesFor\":7,\"votesAgainst\":2,\"abstentions\":1,"
                                + "\"ownerOrganisation\":\"smes\",\"dueDate\":\"2027-03-01\"}"))
                .andExpect(status().isCreated());

        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        records.addAll(records(workshop, value -> value.contains("ActivityRescheduled")));
        records.addAll(records(council, value -> value.contains("ActivityScheduled")));
        records.addAll(records(outing, value -> value.contains("ParticipationRecorded")));
        records.addAll(records(meeting, value -> value.contains("CouncilDecisionRecorded")));

        List<String> types = records.stream().map(record -> (String) JsonPath.read(record.value(), "$.type")).toList();
        assertThat(types).contains("ActivityScheduled", "ActivityRescheduled", "ActivityCancelled", "ActivityHeld",
                "RegistrationRecorded", "RegistrationCancelled", "ParticipationRecorded", "CouncilMeetingScheduled",
                "CouncilMeetingHeld", "CouncilDecisionRecorded");
        for (ConsumerRecord<String, String> record : records) {
            assertThat(violations(record.value())).as(record.value()).isEmpty();
            assertThat(record.value()).doesNotContain("écriture", "Conseil", "Kayak", "Lesse", "Bellevue", "musée",
                    "Jules", "parlé").doesNotContain(names);
        }
    }
}
