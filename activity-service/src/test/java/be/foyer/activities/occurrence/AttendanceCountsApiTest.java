package be.foyer.activities.occurrence;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import be.foyer.activities.ActivityTestSupport;
import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;
import be.foyer.events.activities.OutsideParticipantsCounted;
import be.foyer.events.activities.ParticipationRecorded;
import be.foyer.events.activities.RegistrationRecorded;
import be.foyer.platform.test.FoyerServiceTest;

/** The attendance sheet's walk-ins and outside participants: counted apart from tenants. */
@FoyerServiceTest
class AttendanceCountsApiTest extends ActivityTestSupport {

    private static String attendance(String id) {
        return "/api/activities/" + id + "/attendance";
    }

    @Test
    void walk_ins_become_present_tenants_and_outside_participants_are_counts_never_rows_nor_participations()
            throws Exception {
        String id = schedule(farid(), activity("Repas solidaire", "FEDERATION", brusselsNowPlus(-30),
                brusselsNowPlus(90), 1, null));
        String registered = tenantOf("smes", false);
        String waiting = tenantOf("diogenes", false);
        String alicesWalkIn = tenantOf("smes", false);
        String r1 = registrationId(register(alice(), id, null, registered, "Anna"));
        register(bruno(), id, null, waiting, "Bert").andExpect(jsonPath("$.status").value("WAITLISTED"));

        // farid (facilitator) may note only tenants already registered to the activity; alice also her own
        putJson(farid(), attendance(id), "{\"walkIns\":[\"" + alicesWalkIn + "\"]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("walkIns[0]"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown"));
        putJson(farid(), attendance(id), "{\"present\":[\"" + r1 + "\"],\"walkIns\":[\"" + waiting + "\"],"
                + "\"outsideParticipants\":{\"NEIGHBOUR\":2,\"PUPIL\":10}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.placesTaken").value(2))
                .andExpect(jsonPath("$.waitlisted").value(0))
                .andExpect(jsonPath("$.attendedTenants").value(2))
                .andExpect(jsonPath("$.outsideParticipants.NEIGHBOUR").value(2))
                .andExpect(jsonPath("$.outsideParticipants.PUPIL").value(10))
                .andExpect(jsonPath("$.outsideParticipants.RELATIVE").value(0))
                .andExpect(jsonPath("$.outsideParticipants.OTHER").value(0))
                .andExpect(jsonPath("$.outsideTotal").value(12))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[1].status").value("CONFIRMED"))
                .andExpect(jsonPath("$.items[1].presence").value("PRESENT"))
                .andExpect(jsonPath("$.items[1].promotedAt").isNotEmpty())
                .andExpect(jsonPath("$.items[0].promotedAt").doesNotExist());
        putJson(alice(), attendance(id), "{\"walkIns\":[\"" + alicesWalkIn + "\"],"
                + "\"outsideParticipants\":{\"NEIGHBOUR\":2,\"PUPIL\":10}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.placesTaken").value(3))
                .andExpect(jsonPath("$.attendedTenants").value(3))
                .andExpect(jsonPath("$.outsideTotal").value(12))
                .andExpect(jsonPath("$.items[?(@.tenantId == '" + alicesWalkIn + "')].presence")
                        .value(Matchers.contains("PRESENT")));
        putJson(farid(), attendance(id), "{\"outsideParticipants\":{\"NEIGHBOUR\":3}}").andExpect(status().isOk())
                .andExpect(jsonPath("$.outsideParticipants.PUPIL").value(0))
                .andExpect(jsonPath("$.outsideTotal").value(3));

        List<ConsumerRecord<String, String>> records = records(id, value -> value.contains("OutsideParticipantsCounted")
                && value.contains("\"total\":3"));
        List<EventEnvelope<DomainEvent>> events = events(records);
        Map<String, String> participations = events.stream()
                .filter(event -> event.payload() instanceof ParticipationRecorded)
                .collect(java.util.stream.Collectors.toMap(event -> ((ParticipationRecorded) event.payload())
                        .tenantId(), EventEnvelope::organisation));
        assertThat(participations).containsOnly(Map.entry(registered, "smes"), Map.entry(waiting, "diogenes"),
                Map.entry(alicesWalkIn, "smes"));
        assertThat(events).filteredOn(event -> event.payload() instanceof RegistrationRecorded recorded
                && recorded.status().equals("CONFIRMED")).extracting(event -> ((RegistrationRecorded) event.payload())
                        .tenantId()).contains(waiting, alicesWalkIn);
        List<OutsideParticipantsCounted> counted = events.stream()
                .filter(event -> event.payload() instanceof OutsideParticipantsCounted)
                .peek(event -> assertThat(event.organisation()).isEqualTo("smes"))
                .map(event -> (OutsideParticipantsCounted) event.payload()).toList();
        // the same counts given twice are one event
        assertThat(counted).extracting(OutsideParticipantsCounted::total).containsExactly(12, 3);
        assertThat(counted.get(0).counts()).containsExactlyInAnyOrderEntriesOf(Map.of("NEIGHBOUR", 2, "PUPIL", 10,
                "RELATIVE", 0, "OTHER", 0));
        assertThat(records).allSatisfy(record -> {
            assertThat(violations(record.value())).as(record.value()).isEmpty();
            assertThat(record.value()).doesNotContain("Anna", "Bert", "Repas");
        });
    }

    @Test
    void bad_sheets_name_every_wrong_field_and_others_are_refused_changing_nothing() throws Exception {
        String id = schedule(farid(), activity("Balade", "FEDERATION", brusselsNowPlus(-30), brusselsNowPlus(90), 5,
                null));
        String privateOne = schedule(alice(), activity("Groupe", "ORGANISATION", brusselsNowPlus(-30),
                brusselsNowPlus(90), 5, null));
        String tenant = tenantOf("smes", false);
        register(alice(), id, null, tenant, null).andExpect(status().isCreated());

        putJson(farid(), attendance(id), "{\"walkIns\":[\"" + tenant + "\",\"" + tenant + "\"],"
                + "\"outsideParticipants\":{\"NEIGHBOUR\":-1,\"ALIENS\":3,\"PUPIL\":501}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("walkIns[1]",
                        "outsideParticipants.NEIGHBOUR", "outsideParticipants.ALIENS", "outsideParticipants.PUPIL")));
        putJson(farid(), attendance(id), "{}").andExpect(status().isBadRequest());
        putJson(bruno(), attendance(privateOne), "{\"outsideParticipants\":{\"NEIGHBOUR\":1}}")
                .andExpect(status().isNotFound());
        putJson(bruno(), attendance(id), "{\"outsideParticipants\":{\"NEIGHBOUR\":1}}")
                .andExpect(status().isForbidden());
        putJson(eva(), attendance(id), "{\"outsideParticipants\":{\"NEIGHBOUR\":1}}").andExpect(status().isForbidden());
        putJson(gina(), attendance(id), "{\"outsideParticipants\":{\"NEIGHBOUR\":1}}")
                .andExpect(status().isForbidden());

        http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/api/activities/" + id + "/registrations").with(farid()))
                .andExpect(jsonPath("$.status").value("SCHEDULED"))
                .andExpect(jsonPath("$.outsideTotal").value(0))
                .andExpect(jsonPath("$.attendedTenants").value(0));
    }
}
