package be.foyer.activities.occurrence;

import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;

import be.foyer.activities.ActivityTestSupport;
import be.foyer.events.EventEnvelope;
import be.foyer.events.activities.ActivityHeld;
import be.foyer.platform.places.PlaceIds;
import be.foyer.platform.test.FoyerServiceTest;

/**
 * Issue 12: the programme's weekly transversal team meeting is an activity of category TEAM_MEETING, held by taking
 * its attendance with no one on the sheet (workers, not tenants, meet); its place has the federation's id.
 */
@FoyerServiceTest
class TeamMeetingApiTest extends ActivityTestSupport {

    @Test
    void an_empty_sheet_holds_a_team_meeting_once_with_its_category_and_federation_place() throws Exception {
        String id = schedule(farid(), activity("Réunion transversale", "ORGANISATION", brusselsNowPlus(-60),
                brusselsNowPlus(30), 20, "\"place\":{\"name\":\"Salle Smes Laeken\",\"category\":\"HOUSING\"}")
                .replace("WORKSHOP", "TEAM_MEETING"));

        putJson(user("sam", "volunteer", "smes"), "/api/activities/" + id + "/attendance", "{}")
                .andExpect(status().isForbidden());
        putJson(bruno(), "/api/activities/" + id + "/attendance", "{}").andExpect(status().isNotFound());
        putJson(farid(), "/api/activities/" + id + "/attendance", "{}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"));
        putJson(farid(), "/api/activities/" + id + "/attendance", "{}").andExpect(status().isOk());

        List<ActivityHeld> held = events(records(id, value -> value.contains("ActivityHeld"))).stream()
                .map(EventEnvelope::payload).filter(ActivityHeld.class::isInstance).map(ActivityHeld.class::cast)
                .toList();
        assertThat(held).hasSize(1);
        assertThat(held.get(0).category()).isEqualTo("TEAM_MEETING");
        assertThat(held.get(0).placeId()).isEqualTo(PlaceIds.of("salle smes laeken"));
        assertThat(records(id, value -> true)).allSatisfy(record -> {
            assertThat(violations(record.value())).isEmpty();
            assertThat(record.value()).doesNotContain("Laeken", "transversale");
        });
    }

    @Test
    void any_other_activity_needs_something_on_its_sheet_and_stays_scheduled() throws Exception {
        String id = schedule(farid(), activity("Atelier vide", "ORGANISATION", brusselsNowPlus(-60),
                brusselsNowPlus(30), 20, null));

        putJson(farid(), "/api/activities/" + id + "/attendance", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("present"))
                .andExpect(jsonPath("$.errors[0].code").value("too_few"));
        putJson(farid(), "/api/activities/" + id + "/attendance",
                "{\"outsideParticipants\":{\"ALIENS\":1,\"PUPIL\":-1}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));
        http.perform(get("/api/activities/" + id).with(farid())).andExpect(jsonPath("$.status").value("SCHEDULED"));
    }
}
