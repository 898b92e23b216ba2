package be.foyer.activities;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.chloe;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
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
import java.time.Instant;
import java.util.List;

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
import be.foyer.events.activities.ActivityScheduled;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TestTokens;
import be.foyer.platform.test.TopicProbe;

@FoyerServiceTest
class ActivityApiTest {

    @Autowired
    MockMvc http;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    static String activity(String title, String category, String visibility, String start, String end, int capacity) {
        return "{\"title\":\"" + title + "\",\"category\":\"" + category + "\",\"visibility\":\"" + visibility
                + "\",\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"capacity\":" + capacity + "}";
    }

    String schedule(RequestPostProcessor user, String body) throws Exception {
        String answer = http.perform(post("/api/activities").with(user).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/activities/")))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    @Test
    void scheduling_answers_brussels_times_and_publishes_ActivityScheduled_in_instants_without_the_title()
            throws Exception {
        String answer = http.perform(post("/api/activities").with(farid()).contentType(MediaType.APPLICATION_JSON)
                        .content(activity("Atelier cuisine du monde", "WORKSHOP", "FEDERATION",
                                "2026-12-03T14:00", "2026-12-03T16:00", 8)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").exists())
                .andExpect(jsonPath("$.title").value("Atelier cuisine du monde"))
                .andExpect(jsonPath("$.category").value("WORKSHOP"))
                .andExpect(jsonPath("$.visibility").value("FEDERATION"))
                .andExpect(jsonPath("$.start").value("2026-12-03T14:00:00"))
                .andExpect(jsonPath("$.end").value("2026-12-03T16:00:00"))
                .andExpect(jsonPath("$.timeZone").value("Europe/Brussels"))
                .andExpect(jsonPath("$.capacity").value(8))
                .andExpect(jsonPath("$.organisation").value("smes"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(answer, "$.id");

        ConsumerRecord<String, String> record = new TopicProbe(kafka)
                .await(Topics.ACTIVITIES, r -> id.equals(r.key()), Duration.ofSeconds(30));

        var event = EventCodec.decode(record.value()).orElseThrow();
        assertThat(event.type()).isEqualTo("ActivityScheduled");
        assertThat(event.organisation()).isEqualTo("smes");
        assertThat(event.aggregateId()).isEqualTo(id);
        // winter: Brussels is UTC+1
        assertThat(event.payload()).isEqualTo(new ActivityScheduled(id, "WORKSHOP", "FEDERATION",
                Instant.parse("2026-12-03T13:00:00Z"), Instant.parse("2026-12-03T15:00:00Z"), false, 8));
        assertThat(record.value()).doesNotContain("cuisine");
    }

    @Test
    void summer_times_are_kept_as_brussels_local_times() throws Exception {
        String id = schedule(alice(), activity("Pique-nique", "OUTING", "ORGANISATION",
                "2026-07-01T12:00", "2026-07-01T15:30", 20));
        http.perform(get("/api/activities/" + id).with(alice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.start").value(startsWith("2026-07-01T12:00")))
                .andExpect(jsonPath("$.end").value(startsWith("2026-07-01T15:30")));
        var record = new TopicProbe(kafka).await(Topics.ACTIVITIES, r -> id.equals(r.key()), Duration.ofSeconds(30));
        ActivityScheduled payload = (ActivityScheduled) EventCodec.decode(record.value()).orElseThrow().payload();
        assertThat(payload.startsAt()).isEqualTo(Instant.parse("2026-07-01T10:00:00Z"));
    }

    @Test
    void an_organisation_activity_is_404_for_another_organisation_and_a_federation_one_is_seen_by_all()
            throws Exception {
        String own = schedule(alice(), activity("Réunion d'équipe locataires", "COUNCIL", "ORGANISATION",
                "2026-12-10T10:00", "2026-12-10T11:00", 12));
        String shared = schedule(alice(), activity("Balade en forêt de Soignes", "NATURE", "FEDERATION",
                "2026-12-12T10:00", "2026-12-12T13:00", 15));

        http.perform(get("/api/activities/" + own).with(alice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visibility").value("ORGANISATION"));
        http.perform(get("/api/activities/" + own).with(farid())).andExpect(status().isOk());
        http.perform(get("/api/activities/" + own).with(bruno()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/activities/no-such-activity").with(bruno())).andExpect(status().isNotFound());

        http.perform(get("/api/activities/" + shared).with(bruno()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Balade en forêt de Soignes"))
                .andExpect(jsonPath("$.organisation").value("smes"));
        http.perform(get("/api/activities/" + shared).with(eva())).andExpect(status().isOk());
    }

    @Test
    void the_list_holds_federation_activities_and_the_callers_own_paginated_by_start_and_filtered_by_dates()
            throws Exception {
        var here = TestTokens.user("host", "staff", "calendar-org");
        var there = TestTokens.user("guest", "staff", "other-calendar-org");
        // a month of its own, so that other tests' activities stay out of the date-filtered lists
        String a = schedule(here, activity("A", "MEAL", "ORGANISATION", "2031-03-02T12:00", "2031-03-02T14:00", 10));
        String b = schedule(there, activity("B", "SPORT", "FEDERATION", "2031-03-03T18:00", "2031-03-03T19:00", 10));
        String c = schedule(here, activity("C", "CULTURE", "FEDERATION", "2031-03-31T23:30", "2031-04-01T01:00", 10));
        String hidden = schedule(there, activity("H", "DIGITAL", "ORGANISATION", "2031-03-04T10:00",
                "2031-03-04T12:00", 10));
        schedule(here, activity("Later", "MEAL", "FEDERATION", "2031-04-01T00:30", "2031-04-01T02:00", 10));

        http.perform(get("/api/activities?from=2031-03-01&to=2031-03-31&page=0&size=2").with(here))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].activityId").value(a))
                .andExpect(jsonPath("$.items[1].activityId").value(b));
        http.perform(get("/api/activities?from=2031-03-01&to=2031-03-31&page=1&size=2").with(here))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].activityId").value(c));

        String theirs = http.perform(get("/api/activities?from=2031-03-01&to=2031-03-31").with(there))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(theirs, "$.items[*].activityId");
        assertThat(ids).containsExactly(b, hidden, c);

        String all = http.perform(get("/api/activities?from=2031-03-01&to=2031-03-31&size=100").with(bruno()))
                .andReturn().getResponse().getContentAsString();
        List<String> seenByBruno = JsonPath.read(all, "$.items[*].activityId");
        assertThat(seenByBruno).contains(b, c).doesNotContain(a, hidden);

        http.perform(get("/api/activities?from=2031-04-01").with(here))
                .andExpect(jsonPath("$.items[0].title").value("Later"));
        http.perform(get("/api/activities?from=tomorrow").with(here))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        http.perform(get("/api/activities?from=2031-03-10&to=2031-03-01").with(here))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        http.perform(get("/api/activities?size=0").with(here))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void bad_input_answers_400_problem_naming_the_field_and_stores_nothing() throws Exception {
        var user = TestTokens.user("careful", "facilitator", "activity-bad-input-org");
        expectBadField(user, activity("Late", "MEAL", "ORGANISATION", "2026-12-03T16:00", "2026-12-03T14:00", 8), "end");
        expectBadField(user, activity("Zero", "MEAL", "ORGANISATION", "2026-12-03T16:00", "2026-12-03T16:00", 8), "end");
        expectBadField(user, activity("", "MEAL", "ORGANISATION", "2026-12-03T14:00", "2026-12-03T16:00", 8), "title");
        expectBadField(user, activity("x".repeat(201), "MEAL", "ORGANISATION", "2026-12-03T14:00",
                "2026-12-03T16:00", 8), "title");
        expectBadField(user, activity("Crowd", "MEAL", "ORGANISATION", "2026-12-03T14:00", "2026-12-03T16:00", 0),
                "capacity");
        expectBadField(user, activity("Crowd", "MEAL", "ORGANISATION", "2026-12-03T14:00", "2026-12-03T16:00", 501),
                "capacity");
        expectBadField(user, activity("Party", "PARTY", "ORGANISATION", "2026-12-03T14:00", "2026-12-03T16:00", 8),
                "category");
        expectBadField(user, activity("Secret", "MEAL", "PRIVATE", "2026-12-03T14:00", "2026-12-03T16:00", 8),
                "visibility");
        expectBadField(user, activity("When", "MEAL", "ORGANISATION", "3 December", "2026-12-03T16:00", 8), "start");
        expectBadField(user, "{\"title\":\"No end\",\"category\":\"MEAL\",\"visibility\":\"ORGANISATION\","
                + "\"start\":\"2026-12-03T14:00\",\"capacity\":8}", "end");
        http.perform(post("/api/activities").with(user).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Broken\", "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").exists());

        String list = http.perform(get("/api/activities?size=100").with(user))
                .andReturn().getResponse().getContentAsString();
        List<String> organisations = JsonPath.read(list, "$.items[*].organisation");
        assertThat(organisations).doesNotContain("activity-bad-input-org");
    }

    private void expectBadField(RequestPostProcessor user, String body, String field) throws Exception {
        http.perform(post("/api/activities").with(user).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    @Test
    void who_may_schedule_and_who_may_read() throws Exception {
        String body = activity("Yoga", "SPORT", "FEDERATION", "2026-12-05T10:00", "2026-12-05T11:00", 10);
        http.perform(get("/api/activities")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(post("/api/activities").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());

        // the federation analyst reads the calendar (issue 11), never schedules
        http.perform(get("/api/activities").with(gina())).andExpect(status().isOk());
        http.perform(get("/api/activities").with(TestTokens.user("someone", "offline_access", "smes")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(post("/api/activities").with(gina()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        http.perform(post("/api/activities").with(eva()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        http.perform(get("/api/activities").with(eva())).andExpect(status().isOk());
        schedule(farid(), body);
        schedule(alice(), body);
        schedule(chloe(), body);
    }
}
