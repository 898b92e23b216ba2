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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import be.foyer.activities.ActivityTestSupport;
import be.foyer.events.EventEnvelope;
import be.foyer.events.activities.CouncilMeetingCancelled;
import be.foyer.events.activities.CouncilMeetingRescheduled;
import be.foyer.events.activities.CouncilMeetingScheduled;
import be.foyer.platform.test.FoyerServiceTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** Recurring council meetings: planned as a series, cancelled or moved one by one, in the calendar and its feeds. */
@FoyerServiceTest
class CouncilSeriesApiTest extends ActivityTestSupport {

    private ResultActions send(RequestPostProcessor user, MockHttpServletRequestBuilder request, String body)
            throws Exception {
        return http.perform(request.with(user).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static List<String> fields(ResultActions refused) throws Exception {
        return JsonPath.read(refused.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(),
                "$.errors[*].field");
    }

    @Test
    void a_monthly_council_is_one_meeting_per_date_of_its_rule_listed_in_the_calendar_between_activities()
            throws Exception {
        // the first Tuesday of six months of 2033, March left out (exceptions do not extend COUNT)
        String answer = send(farid(), post("/api/council/meetings"), "{\"start\":\"2033-01-04T18:00\","
                + "\"recurrence\":\"FREQ=MONTHLY;BYDAY=1TU;COUNT=6\",\"exceptions\":[\"2033-03-01\"],"
                + "\"placeName\":\"Maison des associations\",\"placeAddress\":\"Rue Haute 1\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.start").value("2033-01-04T18:00:00"))
                .andExpect(jsonPath("$.end").value("2033-01-04T20:00:00"))
                .andExpect(jsonPath("$.seriesId").isNotEmpty())
                .andExpect(jsonPath("$.seriesMeetings[*].start").value(Matchers.contains("2033-01-04T18:00:00",
                        "2033-02-01T18:00:00", "2033-04-05T18:00:00", "2033-05-03T18:00:00", "2033-06-07T18:00:00")))
                .andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(answer, "$.seriesMeetings[*].id");
        String seriesId = JsonPath.read(answer, "$.seriesId");
        assertThat((String) JsonPath.read(answer, "$.id")).isEqualTo(ids.get(0));

        String listed = body(bruno(), "/api/council/meetings?from=2033-01-01&to=2033-12-31&size=100");
        assertThat((List<String>) JsonPath.read(listed, "$.items[*].id")).containsExactlyElementsOf(ids);
        assertThat((List<String>) JsonPath.read(listed, "$.items[*].seriesId")).containsOnly(seriesId);
        assertThat((Integer) JsonPath.read(listed, "$.total")).isEqualTo(5);
        assertThat((List<String>) JsonPath.read(body(bruno(), "/api/council/meetings?from=2033-02-01&to=2033-02-28"),
                "$.items[*].id")).containsExactly(ids.get(1));

        String workshop = schedule(alice(), activity("Atelier radio", "FEDERATION", LocalDateTime.of(2033, 1, 20, 14, 0),
                LocalDateTime.of(2033, 1, 20, 16, 0), 8, null));

        // one cancelled, one moved a week later: the length stays two hours
        send(farid(), patch("/api/council/meetings/" + ids.get(1)), "{\"status\":\"CANCELLED\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        send(farid(), patch("/api/council/meetings/" + ids.get(2)), "{\"start\":\"2033-04-12T17:30\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.start").value("2033-04-12T17:30:00"))
                .andExpect(jsonPath("$.end").value("2033-04-12T19:30:00"));

        String calendar = body(eva(), "/api/activities?from=2033-01-01&to=2033-04-30&size=100");
        List<Map<String, Object>> items = JsonPath.read(calendar,
                "$.items[?(@.activityId == '" + workshop + "' || @.kind == 'COUNCIL_MEETING')]");
        assertThat(items).extracting(item -> item.get("kind")).containsExactly("COUNCIL_MEETING", "ACTIVITY",
                "COUNCIL_MEETING", "COUNCIL_MEETING");
        Map<String, Object> first = items.get(0);
        assertThat(first).containsEntry("meetingId", ids.get(0)).containsEntry("occurrenceId", ids.get(0))
                .containsEntry("activityId", null).containsEntry("title", null).containsEntry("category", "COUNCIL")
                .containsEntry("status", "SCHEDULED").containsEntry("capacity", 0)
                .containsEntry("start", "2033-01-04T18:00:00").containsEntry("end", "2033-01-04T20:00:00")
                .containsEntry("startsAt", "2033-01-04T17:00:00Z");
        assertThat((Map<String, Object>) first.get("place")).containsEntry("name", "Maison des associations");
        assertThat(items.get(1)).containsEntry("meetingId", null).containsEntry("title", "Atelier radio");
        assertThat(items.get(2)).containsEntry("meetingId", ids.get(1)).containsEntry("status", "CANCELLED");
        assertThat(items.get(3)).containsEntry("meetingId", ids.get(2)).containsEntry("start", "2033-04-12T17:30:00");

        // the council has no organiser and no registrations: those filters leave it out, COUNCIL keeps only it
        for (String filter : List.of("organisation=smes", "category=WORKSHOP", "registered=mine")) {
            List<Object> meetings = JsonPath.read(body(alice(), "/api/activities?from=2033-01-01&to=2033-04-30&size=100&"
                    + filter), "$.items[?(@.kind == 'COUNCIL_MEETING')]");
            assertThat(meetings).as(filter).isEmpty();
        }
        List<Object> kinds = JsonPath.read(body(alice(), "/api/activities?from=2033-01-01&to=2033-04-30&size=100"
                + "&category=COUNCIL"), "$.items[*].kind");
        assertThat(kinds).hasSize(3).containsOnly("COUNCIL_MEETING");

        List<ConsumerRecord<String, String>> records = records(ids.get(2),
                value -> value.contains("CouncilMeetingRescheduled"));
        assertThat(events(records).stream().map(EventEnvelope::payload).map(Object.class::cast).toList())
                .contains(new CouncilMeetingRescheduled(ids.get(2), LocalDateTime.of(2033, 4, 12, 17, 30)
                        .atZone(BRUSSELS).toInstant()))
                .hasAtLeastOneElementOfType(CouncilMeetingScheduled.class);
        assertThat(events(records(ids.get(1), value -> value.contains("CouncilMeetingCancelled"))).stream()
                .map(EventEnvelope::payload).map(Object.class::cast).toList())
                .contains(new CouncilMeetingCancelled(ids.get(1)));
        assertThat(records).allSatisfy(record -> assertThat(record.value()).doesNotContain("Maison", "Rue Haute"));
    }

    @Test
    void a_rule_without_end_plans_twelve_meetings_and_more_than_24_is_refused_with_every_field_named() throws Exception {
        send(farid(), post("/api/council/meetings"),
                "{\"start\":\"2034-01-03T18:00\",\"recurrence\":\"FREQ=MONTHLY;BYDAY=1TU\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/council/meetings/")))
                .andExpect(jsonPath("$.seriesMeetings.length()").value(12))
                .andExpect(jsonPath("$.seriesMeetings[11].start").value("2034-12-05T18:00:00"));

        assertThat(fields(send(farid(), post("/api/council/meetings"),
                "{\"start\":\"2035-01-02T18:00\",\"recurrence\":\"FREQ=WEEKLY;BYDAY=TU;COUNT=25\"}")))
                .containsExactly("recurrence");
        assertThat(fields(send(farid(), post("/api/council/meetings"),
                "{\"start\":\"2035-01-02T18:00\",\"recurrence\":\"FREQ=WEEKLY;UNTIL=20350801\"}")))
                .containsExactly("recurrence");
        // not a first Tuesday, an end before the start, a place name too long, all at once
        assertThat(fields(send(farid(), post("/api/council/meetings"), "{\"start\":\"2035-01-09T18:00\","
                + "\"end\":\"2035-01-09T17:00\",\"recurrence\":\"FREQ=MONTHLY;BYDAY=1TU;COUNT=3\","
                + "\"placeName\":\"" + "x".repeat(201) + "\"}")))
                .containsExactlyInAnyOrder("start", "end", "placeName");
        assertThat(fields(send(farid(), post("/api/council/meetings"),
                "{\"recurrence\":\"FREQ=DAILY\",\"placeAddress\":\"" + "x".repeat(301) + "\"}")))
                .containsExactlyInAnyOrder("start", "recurrence", "placeAddress");
        assertThat(fields(send(farid(), post("/api/council/meetings"),
                "{\"start\":\"2035-01-09T18:00\",\"exceptions\":[\"2035-02-06\"]}"))).containsExactly("exceptions");
        assertThat((Integer) JsonPath.read(body(farid(), "/api/council/meetings?from=2035-01-01&to=2035-12-31"),
                "$.total")).isZero();
        assertThat(fields(http.perform(get("/api/council/meetings?from=2035-02-01&to=2035-01-01").with(eva()))))
                .containsExactly("to");
        send(alice(), post("/api/council/meetings"), "{\"start\":\"2035-01-02T18:00\"}")
                .andExpect(status().isForbidden());
    }

    @Test
    void a_held_meeting_cannot_move_and_bad_changes_name_every_field() throws Exception {
        String held = JsonPath.read(send(farid(), post("/api/council/meetings"),
                "{\"start\":\"" + brusselsNowPlus(-180) + "\"}").andReturn().getResponse().getContentAsString(), "$.id");
        send(farid(), put("/api/council/meetings/" + held + "/minutes"), "{\"status\":\"HELD\"}")
                .andExpect(status().isOk());
        send(farid(), patch("/api/council/meetings/" + held), "{\"status\":\"CANCELLED\"}")
                .andExpect(status().isConflict());
        send(farid(), patch("/api/council/meetings/" + held), "{\"start\":\"2036-01-06T18:00\"}")
                .andExpect(status().isConflict());

        String next = JsonPath.read(send(farid(), post("/api/council/meetings"),
                "{\"start\":\"2036-02-03T18:00\"}").andReturn().getResponse().getContentAsString(), "$.id");
        assertThat(fields(send(farid(), patch("/api/council/meetings/" + next),
                "{\"status\":\"HELD\",\"start\":\"2036-02-03T18:00\",\"end\":\"2036-02-03T17:00\"}")))
                .containsExactlyInAnyOrder("status", "end");
        assertThat(fields(send(farid(), patch("/api/council/meetings/" + next), "{\"end\":\"2036-02-03T17:00\"}")))
                .containsExactly("end");
        send(alice(), patch("/api/council/meetings/" + next), "{\"status\":\"CANCELLED\"}")
                .andExpect(status().isForbidden());
        send(farid(), patch("/api/council/meetings/no-such-meeting"), "{\"status\":\"CANCELLED\"}")
                .andExpect(status().isNotFound());
        http.perform(get("/api/council/meetings/" + next).with(bruno()))
                .andExpect(jsonPath("$.status").value("SCHEDULED"))
                .andExpect(jsonPath("$.end").value("2036-02-03T20:00:00"))
                .andExpect(jsonPath("$.seriesId").doesNotExist());
        http.perform(get("/api/council/meetings?from=2036-01-01").with(gina())).andExpect(status().isForbidden());
    }

    @Test
    void feeds_that_follow_the_council_hold_its_meetings_and_others_do_not() throws Exception {
        LocalDate month = LocalDate.now(BRUSSELS).plusMonths(7).withDayOfMonth(1);
        LocalDateTime first = month.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)).atTime(18, 0);
        String answer = send(farid(), post("/api/council/meetings"), "{\"start\":\"" + first + "\","
                + "\"recurrence\":\"FREQ=MONTHLY;BYDAY=1TU;COUNT=3\",\"placeName\":\"Maison; des, associations\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(answer, "$.seriesMeetings[*].id");
        send(farid(), patch("/api/council/meetings/" + ids.get(2)), "{\"status\":\"CANCELLED\"}")
                .andExpect(status().isOk());

        String following = JsonPath.read(send(alice(), post("/api/activities/calendar-feed"),
                "{\"followCouncil\":true}").andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.url");
        http.perform(get("/api/activities/calendar-feed").with(alice()))
                .andExpect(jsonPath("$.active").value(Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.followCouncil").value(true));
        String notFollowing = JsonPath.read(http.perform(post("/api/activities/calendar-feed").with(bruno()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.url");
        http.perform(get("/api/activities/calendar-feed").with(bruno()))
                .andExpect(jsonPath("$.followCouncil").value(false));

        Map<String, VEvent> events = parse(following);
        for (int i = 0; i < 3; i++) {
            VEvent meeting = events.get(ids.get(i) + "@foyer-council");
            assertThat(meeting).as("meeting %s", i).isNotNull();
            assertThat(LocalDateTime.from(meeting.getStartDate().orElseThrow().getDate()))
                    .isEqualTo(first.toLocalDate().plusMonths(i).withDayOfMonth(1)
                            .with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)).atTime(18, 0));
            assertThat(LocalDateTime.from(meeting.getEndDate().orElseThrow().getDate()))
                    .isEqualTo(LocalDateTime.from(meeting.getStartDate().orElseThrow().getDate()).plusHours(2));
            assertThat(meeting.getProperty(Property.SUMMARY).orElseThrow().getValue())
                    .isEqualTo("Conseil des locataires / Huurdersraad");
            assertThat(meeting.getProperty(Property.LOCATION).orElseThrow().getValue())
                    .isEqualTo("Maison; des, associations");
            assertThat(meeting.getProperty(Property.STATUS).orElseThrow().getValue())
                    .isEqualTo(i == 2 ? "CANCELLED" : "CONFIRMED");
        }
        assertThat(parse(notFollowing).keySet()).noneMatch(uid -> uid.endsWith("@foyer-council"));
        http.perform(get("/api/activities/calendar-feed").with(gina())).andExpect(status().isForbidden());
    }

    private Map<String, VEvent> parse(String url) throws Exception {
        String text = new String(http.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream().collect(Collectors.toMap(
                event -> event.getProperty(Property.UID).orElseThrow().getValue(), event -> event));
    }
}
