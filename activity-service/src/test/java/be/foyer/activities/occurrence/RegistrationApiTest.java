package be.foyer.activities.occurrence;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static be.foyer.platform.test.TestTokens.hugo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import be.foyer.activities.ActivityTestSupport;
import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;
import be.foyer.events.activities.ActivityHeld;
import be.foyer.events.activities.ParticipationRecorded;
import be.foyer.events.activities.RegistrationCancelled;
import be.foyer.events.activities.RegistrationRecorded;
import be.foyer.platform.test.FoyerServiceTest;

@FoyerServiceTest
class RegistrationApiTest extends ActivityTestSupport {

    private String federationWorkshop(int capacity, String extra) throws Exception {
        return schedule(farid(), activity("Atelier d'écriture", "FEDERATION", brusselsNowPlus(3 * 24 * 60),
                brusselsNowPlus(3 * 24 * 60 + 120), capacity, extra));
    }

    @Test
    void when_many_workers_take_the_last_place_at_once_exactly_one_gets_it_and_the_others_wait() throws Exception {
        String id = federationWorkshop(1, null);
        List<Callable<String>> attempts = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 6; i++) {
            RequestPostProcessor worker = i % 2 == 0 ? alice() : bruno();
            String tenant = tenantOf(i % 2 == 0 ? "smes" : "diogenes", false);
            attempts.add(() -> {
                start.await();
                String answer = register(worker, id, null, tenant, null)
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
                return JsonPath.read(answer, "$.status");
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (Callable<String> attempt : attempts) {
                answers.add(pool.submit(attempt));
            }
            start.countDown();
            List<String> statuses = new ArrayList<>();
            for (Future<String> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn("CONFIRMED"::equals).hasSize(1);
            assertThat(statuses).filteredOn("WAITLISTED"::equals).hasSize(5);
        } finally {
            pool.shutdownNow();
        }
        http.perform(get("/api/activities/" + id + "/registrations").with(farid()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.placesTaken").value(1))
                .andExpect(jsonPath("$.waitlisted").value(5))
                .andExpect(jsonPath("$.total").value(6));
    }

    @Test
    void a_cancellation_promotes_the_first_on_the_waitlist_and_says_so_on_the_topic() throws Exception {
        String id = federationWorkshop(2, null);
        String first = registrationId(register(alice(), id, null, tenantOf("smes", false), null)
                .andExpect(jsonPath("$.status").value("CONFIRMED")).andExpect(jsonPath("$.position").isEmpty()));
        register(alice(), id, null, tenantOf("smes", false), null).andExpect(jsonPath("$.status").value("CONFIRMED"));
        String brunosTenant = tenantOf("diogenes", false);
        String waiting = registrationId(register(bruno(), id, null, brunosTenant, null)
                .andExpect(jsonPath("$.status").value("WAITLISTED")).andExpect(jsonPath("$.position").value(1)));
        register(alice(), id, null, tenantOf("smes", false), null).andExpect(jsonPath("$.status").value("WAITLISTED"))
                .andExpect(jsonPath("$.position").value(2));
        http.perform(get("/api/activities/" + id + "/registrations").with(bruno()))
                .andExpect(jsonPath("$.items[0].position").value(1));

        http.perform(delete("/api/activities/" + id + "/registrations/" + first).with(alice()))
                .andExpect(status().isNoContent());
        http.perform(delete("/api/activities/" + id + "/registrations/" + first).with(alice()))
                .andExpect(status().isConflict());

        http.perform(get("/api/activities/" + id + "/registrations").with(bruno()))
                .andExpect(jsonPath("$.items[0].id").value(waiting))
                .andExpect(jsonPath("$.items[0].status").value("CONFIRMED"))
                .andExpect(jsonPath("$.placesTaken").value(2))
                .andExpect(jsonPath("$.waitlisted").value(1));

        String occurrenceId = id + "@" + JsonPath.read(body(farid(), "/api/activities/" + id), "$.start").toString()
                .substring(0, 16);
        List<EventEnvelope<DomainEvent>> events = events(records(id,
                value -> value.contains("\"CONFIRMED\"") && value.contains(waiting)));
        assertThat(events).anyMatch(event -> event.payload() instanceof RegistrationCancelled cancelled
                && cancelled.registrationId().equals(first) && event.organisation().equals("smes"));
        assertThat(events).anyMatch(event -> event.payload().equals(new RegistrationRecorded(waiting, id,
                occurrenceId, brunosTenant, "CONFIRMED")) && event.organisation().equals("diogenes"));
    }

    @Test
    void registering_refuses_foreign_or_unknown_tenants_doubles_late_comers_and_wrong_roles_changing_nothing()
            throws Exception {
        String id = federationWorkshop(5, null);
        String tenant = tenantOf("smes", false);
        register(alice(), id, null, tenant, null).andExpect(status().isCreated());

        register(alice(), id, null, tenant, null).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        register(alice(), id, null, tenantOf("diogenes", false), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tenantId"));
        register(alice(), id, null, "4f1c2b9c-5d38-401e-801e-2f6d8e9a0b2f", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tenantId"));
        register(alice(), id, null, " ", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tenantId"));
        register(alice(), id, id + "@2020-01-01T10:00", tenantOf("smes", false), null)
                .andExpect(status().isNotFound());
        register(farid(), id, null, tenantOf("smes", false), null).andExpect(status().isForbidden());
        // a volunteer may register only the tenants assigned to them: this one is not
        register(eva(), id, null, tenantOf("habitat-et-humanisme", false), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tenantId"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown"));
        register(gina(), id, null, tenant, null).andExpect(status().isForbidden());

        String closed = federationWorkshop(5, "\"registrationClosesHoursBefore\":96");
        register(alice(), closed, null, tenantOf("smes", false), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("occurrenceId"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("closed")));

        http.perform(get("/api/activities/" + id + "/registrations").with(farid()))
                .andExpect(jsonPath("$.placesTaken").value(1))
                .andExpect(jsonPath("$.total").value(1));
        http.perform(get("/api/activities/" + closed + "/registrations").with(farid()))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void another_organisation_sees_how_many_places_are_taken_never_who_and_the_organiser_sees_counts_and_consented_names()
            throws Exception {
        // farid (facilitator at smes) organises: smes is the organiser; bruno (diogenes) is another organisation
        String id = federationWorkshop(10, null);
        String consenting = tenantOf("smes", true);
        String private_ = tenantOf("smes", false);
        String brunos = tenantOf("diogenes", true);
        String hugos = tenantOf("a-toi-mon-toit", false);
        register(alice(), id, null, consenting, "Hélène").andExpect(status().isCreated());
        register(alice(), id, null, private_, "Zoé").andExpect(status().isCreated());
        register(bruno(), id, null, brunos, "Mehdi").andExpect(status().isCreated());
        register(hugo(), id, null, hugos, "Paulo").andExpect(status().isCreated());

        String seenByBruno = body(bruno(), "/api/activities/" + id + "/registrations");
        assertThat(seenByBruno).contains(brunos, "Mehdi").doesNotContain(consenting, private_, hugos, "Hélène", "Zoé",
                "Paulo");
        assertThat((Integer) JsonPath.read(seenByBruno, "$.placesTaken")).isEqualTo(4);
        assertThat((List<String>) JsonPath.read(seenByBruno, "$.byOrganisation[*].organisation"))
                .containsExactly("diogenes");
        String brunosCalendar = body(bruno(), "/api/activities?size=100");
        assertThat(brunosCalendar).doesNotContain(consenting, private_, "Hélène", "Zoé");
        String brunosActivity = body(bruno(), "/api/activities/" + id);
        assertThat(brunosActivity).doesNotContain(consenting, "Hélène");

        for (RequestPostProcessor organiser : List.of(alice(), farid())) {
            String seen = body(organiser, "/api/activities/" + id + "/registrations");
            assertThat(seen).doesNotContain(brunos, hugos, "Paulo").contains("Mehdi");
            Map<String, Integer> confirmed = ((List<Map<String, Object>>) JsonPath.read(seen, "$.byOrganisation"))
                    .stream().collect(Collectors.toMap(count -> (String) count.get("organisation"),
                            count -> (Integer) count.get("confirmed")));
            assertThat(confirmed).containsEntry("smes", 2).containsEntry("diogenes", 1)
                    .containsEntry("a-toi-mon-toit", 1);
        }
        // farid is a facilitator, not one of smes's workers: smes tenants are other people's tenants for him too
        String seenByFarid = body(farid(), "/api/activities/" + id + "/registrations");
        assertThat(seenByFarid).contains("Hélène").doesNotContain("Zoé", consenting, private_);

        http.perform(get("/api/activities/" + id + "/registrations").with(gina())).andExpect(status().isForbidden());
        // a volunteer sees the counts, and rows of the tenants assigned to them only (none here)
        http.perform(get("/api/activities/" + id + "/registrations").with(eva())).andExpect(status().isOk())
                .andExpect(jsonPath("$.placesTaken").value(4))
                .andExpect(jsonPath("$.items.length()").value(0));

        List<ConsumerRecord<String, String>> records = records(id, value -> value.contains(hugos));
        assertThat(records).isNotEmpty();
        assertThat(records).allSatisfy(record -> assertThat(record.value())
                .doesNotContain("Hélène", "Zoé", "Mehdi", "Paulo", "écriture"));
    }

    @Test
    void attendance_after_the_start_holds_the_occurrence_once_and_records_each_present_tenant() throws Exception {
        String id = schedule(farid(), activity("Balade", "FEDERATION", brusselsNowPlus(-60), brusselsNowPlus(120), 5,
                "\"place\":{\"name\":\"Forêt de Soignes\",\"category\":\"NATURE\"}"));
        String t1 = tenantOf("smes", false);
        String t2 = tenantOf("smes", false);
        String t3 = tenantOf("diogenes", false);
        String r1 = registrationId(register(alice(), id, null, t1, "Anna"));
        String r2 = registrationId(register(alice(), id, null, t2, "Bea"));
        String r3 = registrationId(register(bruno(), id, null, t3, "Carl"));

        attendance(bruno(), id, "[\"" + r3 + "\"]", "[]").andExpect(status().isForbidden());
        attendance(farid(), id, "[\"no-such-registration\"]", "[]").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("present[0]"));
        attendance(farid(), id, "[\"" + r1 + "\"]", "[\"" + r1 + "\"]").andExpect(status().isBadRequest());
        attendance(farid(), id, "[\"" + r1 + "\",\"" + r3 + "\"]", "[\"" + r2 + "\"]")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"));
        attendance(alice(), id, "[\"" + r2 + "\"]", "[]").andExpect(status().isOk());
        http.perform(get("/api/activities/" + id).with(alice())).andExpect(jsonPath("$.status").value("HELD"));
        register(alice(), id, null, tenantOf("smes", false), null).andExpect(status().isConflict());

        List<EventEnvelope<DomainEvent>> events = events(records(id, value -> value.contains(t2)
                && value.contains("ParticipationRecorded")));
        List<ActivityHeld> held = events.stream().filter(event -> event.payload() instanceof ActivityHeld)
                .map(event -> (ActivityHeld) event.payload()).toList();
        assertThat(held).hasSize(1);
        assertThat(held.get(0).recurring()).isFalse();
        assertThat(held.get(0).placeCategory()).isEqualTo("NATURE");
        assertThat(held.get(0).placeId()).isNotNull();
        Map<String, String> participations = events.stream()
                .filter(event -> event.payload() instanceof ParticipationRecorded)
                .collect(Collectors.toMap(event -> ((ParticipationRecorded) event.payload()).tenantId(),
                        EventEnvelope::organisation));
        assertThat(participations).containsOnly(Map.entry(t1, "smes"), Map.entry(t3, "diogenes"),
                Map.entry(t2, "smes"));
        events.stream().filter(event -> event.payload() instanceof ParticipationRecorded).forEach(event -> {
            ParticipationRecorded participation = (ParticipationRecorded) event.payload();
            assertThat(participation.organiser()).isEqualTo("smes");
            assertThat(participation.placeId()).isEqualTo(held.get(0).placeId());
        });
    }

    @Test
    void attendance_before_the_occurrence_started_is_refused_and_changes_nothing() throws Exception {
        String id = federationWorkshop(5, null);
        String r1 = registrationId(register(alice(), id, null, tenantOf("smes", false), null));
        attendance(farid(), id, "[\"" + r1 + "\"]", "[]").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("occurrenceId"));
        http.perform(get("/api/activities/" + id + "/registrations").with(alice()))
                .andExpect(jsonPath("$.items[0].presence").doesNotExist());
        http.perform(get("/api/activities?from=" + brusselsNowPlus(3 * 24 * 60).toLocalDate() + "&to="
                        + brusselsNowPlus(3 * 24 * 60).toLocalDate() + "&size=100").with(alice()))
                .andExpect(jsonPath("$.items[?(@.activityId == '" + id + "')].status").value(
                        org.hamcrest.Matchers.contains("SCHEDULED")));
    }

    private org.springframework.test.web.servlet.ResultActions attendance(RequestPostProcessor user, String id,
            String present, String absent) throws Exception {
        return http.perform(put("/api/activities/" + id + "/attendance").with(user)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"present\":" + present + ",\"absent\":" + absent + "}"));
    }
}
