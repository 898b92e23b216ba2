package be.foyer.activities.calendar;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;

import be.foyer.activities.ActivityTestSupport;
import be.foyer.platform.test.FoyerServiceTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

@FoyerServiceTest
class CalendarFeedTest extends ActivityTestSupport {

    @Autowired
    MongoDatabase database;

    /** The next end of summer time in Brussels at least a month ahead: the last Sunday of October. */
    private static LocalDate nextEndOfSummerTime() {
        LocalDate today = LocalDate.now(BRUSSELS);
        int year = today.isBefore(LocalDate.of(today.getYear(), 10, 1)) ? today.getYear() : today.getYear() + 1;
        return LocalDate.of(year, 10, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
    }

    private String feedUrl(org.springframework.test.web.servlet.request.RequestPostProcessor user) throws Exception {
        String answer = http.perform(post("/api/activities/calendar-feed").with(user))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.url");
    }

    @Test
    void the_private_feed_parses_as_icalendar_and_keeps_14h_local_across_the_end_of_october() throws Exception {
        LocalDate change = nextEndOfSummerTime();
        LocalDateTime firstThursday = change.minusDays(3).atTime(14, 0);
        String title = "Atelier; écriture, poésie \\\\ et chansons d'un côté comme de l'autre du canal de Bruxelles";
        String id = schedule(farid(), activity(title, "FEDERATION", firstThursday, firstThursday.plusHours(2), 8,
                "\"recurrence\":\"FREQ=WEEKLY;BYDAY=TH;COUNT=3\","
                        + "\"place\":{\"name\":\"Maison de quartier\",\"address\":\"Rue Haute 1, Bruxelles\","
                        + "\"category\":\"CULTURE\"}"));
        String cancelled = id + "@" + firstThursday.plusWeeks(2).toString().substring(0, 16);
        http.perform(patch("/api/activities/" + id + "/occurrences/" + cancelled).with(farid())
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"CANCELLED\"}"))
                .andExpect(status().isOk());
        String brunos = schedule(bruno(), activity("Réunion interne", "ORGANISATION", firstThursday,
                firstThursday.plusHours(1), 5, null));

        String url = feedUrl(alice());
        byte[] ics = http.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");

        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        List<VEvent> events = calendar.getComponents("VEVENT");
        Map<String, VEvent> byUid = events.stream().collect(Collectors.toMap(
                event -> event.getProperty(Property.UID).orElseThrow().getValue(), event -> event));
        assertThat(byUid).doesNotContainKey(brunos + "@" + firstThursday.toString().substring(0, 16) + "@foyer");

        List<VEvent> series = List.of(0, 1, 2).stream()
                .map(week -> byUid.get(id + "@" + firstThursday.plusWeeks(week).toString().substring(0, 16) + "@foyer"))
                .toList();
        assertThat(series).doesNotContainNull();
        for (int week = 0; week < 3; week++) {
            Temporal start = series.get(week).getStartDate().orElseThrow().getDate();
            assertThat(LocalDateTime.from(start)).isEqualTo(firstThursday.plusWeeks(week));
            Instant utc = Instant.from(start);
            // 14:00 in Brussels is 12:00 UTC in summer time, 13:00 UTC after the last Sunday of October
            assertThat(utc).isEqualTo(firstThursday.plusWeeks(week).toLocalDate()
                    .atTime(week == 0 ? 12 : 13, 0).toInstant(java.time.ZoneOffset.UTC));
        }
        assertThat(series.get(0).getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(title.replace("\\\\", "\\"));
        assertThat(series.get(0).getProperty(Property.LOCATION).orElseThrow().getValue())
                .isEqualTo("Maison de quartier, Rue Haute 1, Bruxelles");
        assertThat(series.get(0).getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(series.get(2).getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(series.get(0).getProperty(Property.DTSTAMP)).isPresent();

        // bruno's own feed shows his organisation's activity
        assertThat(new String(http.perform(get(feedUrl(bruno()))).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8)).contains("UID:" + brunos + "@");
    }

    @Test
    void a_revoked_or_unknown_token_answers_404_and_only_a_hash_of_the_token_is_stored() throws Exception {
        String url = feedUrl(alice());
        String token = url.substring(url.indexOf("token=") + "token=".length());
        http.perform(get(url)).andExpect(status().isOk());
        assertThat(database.getCollection("calendar_feeds").find().into(new java.util.ArrayList<Document>()))
                .allSatisfy(feed -> assertThat(feed.toJson()).doesNotContain(token));

        http.perform(delete("/api/activities/calendar-feed").with(alice())).andExpect(status().isNoContent());
        http.perform(get(url)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/calendar.ics?token=made-up")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/calendar.ics")).andExpect(status().isNotFound());

        http.perform(post("/api/activities/calendar-feed")).andExpect(status().isUnauthorized());
        http.perform(post("/api/activities/calendar-feed").with(gina())).andExpect(status().isForbidden());
    }
}
