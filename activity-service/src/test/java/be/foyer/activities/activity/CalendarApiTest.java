package be.foyer.activities.activity;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import be.foyer.activities.ActivityTestSupport;
import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;
import be.foyer.events.activities.ActivityCancelled;
import be.foyer.events.activities.ActivityRescheduled;
import be.foyer.events.activities.ActivityScheduled;
import be.foyer.platform.test.FoyerServiceTest;

@FoyerServiceTest
class CalendarApiTest extends ActivityTestSupport {

    private static final String WEEKLY_THURSDAY = "\"recurrence\":\"FREQ=WEEKLY;BYDAY=TH;COUNT=4\"";

    private List<Map<String, Object>> occurrencesOf(String id, String from, String to) throws Exception {
        return JsonPath.read(body(farid(), "/api/activities?from=" + from + "&to=" + to + "&size=100"),
                "$.items[?(@.activityId == '" + id + "')]");
    }

    @Test
    void a_weekly_series_keeps_14h_local_across_the_end_of_summer_time_and_occurrences_change_alone()
            throws Exception {
        String id = schedule(farid(), activity("Atelier écriture", "FEDERATION", LocalDateTime.parse("2026-10-15T14:00"),
                LocalDateTime.parse("2026-10-15T16:00"), 8, WEEKLY_THURSDAY));

        List<Map<String, Object>> occurrences = occurrencesOf(id, "2026-10-01", "2026-11-30");
        assertThat(occurrences).extracting(occurrence -> occurrence.get("start")).containsExactly(
                "2026-10-15T14:00:00", "2026-10-22T14:00:00", "2026-10-29T14:00:00", "2026-11-05T14:00:00");
        assertThat(occurrences).extracting(occurrence -> occurrence.get("startsAt")).containsExactly(
                "2026-10-15T12:00:00Z", "2026-10-22T12:00:00Z", "2026-10-29T13:00:00Z", "2026-11-05T13:00:00Z");
        assertThat(occurrences.get(1).get("occurrenceId")).isEqualTo(id + "@2026-10-22T14:00");

        changeOccurrence(farid(), id, id + "@2026-10-22T14:00", "{\"status\":\"CANCELLED\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        changeOccurrence(farid(), id, id + "@2026-10-29T14:00",
                "{\"start\":\"2026-10-30T10:00\",\"end\":\"2026-10-30T12:00\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.moved").value(true));
        changeOccurrence(farid(), id, id + "@2026-10-23T14:00", "{\"status\":\"CANCELLED\"}")
                .andExpect(status().isNotFound());
        changeOccurrence(farid(), id, id + "@2026-11-05T14:00", "{\"status\":\"HELD\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        changeOccurrence(bruno(), id, id + "@2026-11-05T14:00", "{\"status\":\"CANCELLED\"}")
                .andExpect(status().isForbidden());

        occurrences = occurrencesOf(id, "2026-10-01", "2026-11-30");
        assertThat(occurrences).extracting(occurrence -> occurrence.get("status"))
                .containsExactly("SCHEDULED", "CANCELLED", "SCHEDULED", "SCHEDULED");
        assertThat(occurrences.get(2).get("occurrenceId")).isEqualTo(id + "@2026-10-29T14:00");
        assertThat(occurrences.get(2).get("start")).isEqualTo("2026-10-30T10:00:00");
        assertThat(occurrencesOf(id, "2026-10-29", "2026-10-29")).isEmpty();

        List<EventEnvelope<DomainEvent>> events = events(records(id, value -> value.contains("ActivityRescheduled")));
        assertThat(events).extracting(EventEnvelope::payload).contains(
                new ActivityScheduled(id, "WORKSHOP", "FEDERATION", Instant.parse("2026-10-15T12:00:00Z"),
                        Instant.parse("2026-10-15T14:00:00Z"), true, 8),
                new ActivityCancelled(id, id + "@2026-10-22T14:00"),
                new ActivityRescheduled(id, id + "@2026-10-29T14:00", Instant.parse("2026-10-30T09:00:00Z"),
                        Instant.parse("2026-10-30T11:00:00Z")));
    }

    @Test
    void monthly_rules_and_exceptions_give_the_expected_dates() throws Exception {
        String council = schedule(farid(), activity("Conseil des locataires", "FEDERATION",
                LocalDateTime.parse("2027-01-29T18:00"), LocalDateTime.parse("2027-01-29T20:00"), 40,
                "\"recurrence\":\"FREQ=MONTHLY;BYDAY=-1FR;COUNT=4\",\"exceptions\":[\"2027-02-26\"]"));
        assertThat(occurrencesOf(council, "2027-01-01", "2027-12-31")).extracting(occurrence -> occurrence.get("start"))
                .containsExactly("2027-01-29T18:00:00", "2027-03-26T18:00:00", "2027-04-30T18:00:00");
        http.perform(get("/api/activities/" + council).with(bruno()))
                .andExpect(jsonPath("$.recurrence").value("FREQ=MONTHLY;BYDAY=-1FR;COUNT=4"))
                .andExpect(jsonPath("$.exceptions[0]").value("2027-02-26"));
    }

    @Test
    void bad_series_changes_answer_400_or_409_naming_the_problem_and_change_nothing() throws Exception {
        LocalDateTime start = brusselsNowPlus(10 * 24 * 60).withHour(14).withMinute(0);
        String id = schedule(alice(), activity("Cinéma", "FEDERATION", start, start.plusHours(2), 3,
                "\"recurrence\":\"FREQ=WEEKLY;COUNT=3\""));
        String firstOccurrence = id + "@" + start.toString().substring(0, 16);
        register(alice(), id, firstOccurrence, tenantOf("smes", false), null).andExpect(status().isCreated());
        register(bruno(), id, firstOccurrence, tenantOf("diogenes", false), null).andExpect(status().isCreated());
        register(alice(), id, null, tenantOf("smes", false), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("occurrenceId"));
        String before = body(alice(), "/api/activities/" + id);

        change(alice(), id, "{\"end\":\"" + start.minusHours(1) + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("end"));
        change(alice(), id, "{\"recurrence\":\"FREQ=DAILY\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recurrence"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("FREQ=DAILY")));
        change(alice(), id, "{\"recurrence\":\"FREQ=WEEKLY;BYDAY=" + (start.getDayOfWeek().getValue() == 1 ? "TU" : "MO")
                + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("start"));
        change(alice(), id, "{\"capacity\":1}").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2 confirmed")));
        change(alice(), id, "{\"start\":\"" + start.plusHours(1) + "\",\"end\":\"" + start.plusHours(3) + "\"}")
                .andExpect(status().isConflict());
        change(alice(), id, "{\"status\":\"HELD\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        change(bruno(), id, "{\"title\":\"Mine now\"}").andExpect(status().isForbidden());
        change(eva(), id, "{\"title\":\"Mine now\"}").andExpect(status().isForbidden());
        assertThat(body(alice(), "/api/activities/" + id)).isEqualTo(before);

        change(farid(), id, "{\"capacity\":2,\"title\":\"Cinéma Galeries\",\"costCents\":500}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.capacity").value(2))
                .andExpect(jsonPath("$.costCents").value(500))
                .andExpect(jsonPath("$.recurrence").value("FREQ=WEEKLY;COUNT=3"));
        change(alice(), id, "{\"status\":\"CANCELLED\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        change(alice(), id, "{\"title\":\"Back\"}").andExpect(status().isConflict());
        register(alice(), id, firstOccurrence, tenantOf("smes", false), null).andExpect(status().isConflict());
        assertThat(events(records(id, value -> value.contains("ActivityCancelled"))))
                .extracting(EventEnvelope::payload).contains(new ActivityCancelled(id, null));
    }

    @Test
    void every_by_id_endpoint_answers_404_for_another_organisations_activity_or_registration() throws Exception {
        LocalDateTime start = brusselsNowPlus(5 * 24 * 60);
        String own = schedule(alice(), activity("Groupe de parole", "ORGANISATION", start, start.plusHours(1), 5, null));
        String shared = schedule(alice(), activity("Bowling", "FEDERATION", start, start.plusHours(1), 5, null));
        String ownRegistration = registrationId(register(alice(), own, null, tenantOf("smes", false), null));
        String sharedRegistration = registrationId(register(alice(), shared, null, tenantOf("smes", false), null));
        String occurrence = own + "@" + start.toString().substring(0, 16);

        List<MockHttpServletRequestBuilder> requests = List.of(
                get("/api/activities/" + own),
                patch("/api/activities/" + own).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"x\"}"),
                patch("/api/activities/" + own + "/occurrences/" + occurrence).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"CANCELLED\"}"),
                post("/api/activities/" + own + "/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tenantId\":\"" + tenantOf("diogenes", false) + "\"}"),
                get("/api/activities/" + own + "/registrations"),
                delete("/api/activities/" + own + "/registrations/" + ownRegistration),
                put("/api/activities/" + own + "/attendance").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"present\":[\"" + ownRegistration + "\"]}"),
                delete("/api/activities/" + shared + "/registrations/" + sharedRegistration));
        for (MockHttpServletRequestBuilder request : requests) {
            http.perform(request.with(bruno())).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        http.perform(get("/api/activities/" + own + "/registrations").with(alice()))
                .andExpect(jsonPath("$.total").value(1));
        http.perform(get("/api/activities/" + shared + "/registrations").with(alice()))
                .andExpect(jsonPath("$.total").value(1));
    }

    private ResultActions change(RequestPostProcessor user, String id, String body) throws Exception {
        return http.perform(patch("/api/activities/" + id).with(user).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions changeOccurrence(RequestPostProcessor user, String id, String occurrenceId, String body)
            throws Exception {
        return http.perform(patch("/api/activities/" + id + "/occurrences/" + occurrenceId).with(user)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
