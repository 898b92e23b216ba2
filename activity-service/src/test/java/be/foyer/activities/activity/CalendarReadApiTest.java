package be.foyer.activities.activity;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static be.foyer.platform.test.TestTokens.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import be.foyer.activities.ActivityTestSupport;
import be.foyer.platform.test.FoyerServiceTest;

/**
 * Reading the calendar for the pages: its filters, the occurrences of one activity, and the federation analyst, who
 * reads federation activities only and nothing about registrations.
 */
@FoyerServiceTest
class CalendarReadApiTest extends ActivityTestSupport {

    /** A day of its own, a few weeks ahead, so that other tests' activities do not mix in. */
    private static final LocalDateTime DAY = brusselsNowPlus(0).toLocalDate().plusDays(47).atTime(10, 0);

    private static String onTheDay(String query) {
        LocalDate day = DAY.toLocalDate();
        return "/api/activities?from=" + day + "&to=" + day + "&size=100" + query;
    }

    @Test
    void the_list_filters_by_organiser_category_and_the_callers_registrations() throws Exception {
        String smesWorkshop = schedule(alice(), activity("Atelier", "FEDERATION", DAY, DAY.plusHours(1), 5, null));
        String diogenesOuting = schedule(bruno(), activity("Sortie", "FEDERATION", DAY.plusHours(2),
                DAY.plusHours(4), 5, null).replace("WORKSHOP", "OUTING"));
        String smesPrivate = schedule(alice(), activity("Groupe", "ORGANISATION", DAY.plusHours(5),
                DAY.plusHours(6), 5, null));
        register(bruno(), smesWorkshop, null, tenantOf("diogenes", false), null).andExpect(status().isCreated());

        http.perform(get(onTheDay("&organisation=diogenes")).with(alice()))
                .andExpect(jsonPath("$.items[*].activityId").value(Matchers.contains(diogenesOuting)));
        http.perform(get(onTheDay("&category=WORKSHOP")).with(alice()))
                .andExpect(jsonPath("$.items[*].activityId").value(Matchers.contains(smesWorkshop, smesPrivate)))
                .andExpect(jsonPath("$.total").value(2));
        http.perform(get(onTheDay("&category=OUTING&organisation=smes")).with(alice()))
                .andExpect(jsonPath("$.total").value(0));
        http.perform(get(onTheDay("&registered=mine")).with(bruno()))
                .andExpect(jsonPath("$.items[*].activityId").value(Matchers.contains(smesWorkshop)));
        http.perform(get(onTheDay("&registered=mine")).with(alice()))
                .andExpect(jsonPath("$.total").value(0));
        http.perform(get(onTheDay("&organisation=&category=")).with(alice()))
                .andExpect(jsonPath("$.total").value(3));

        http.perform(get(onTheDay("&organisation=nowhere&category=KARAOKE&registered=yours")).with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("organisation", "category",
                        "registered")))
                .andExpect(jsonPath("$.errors[?(@.field == 'category')].code").value(Matchers.contains("unknown")));

        // the analyst: federation activities only, no organisation to be "mine"
        http.perform(get(onTheDay("")).with(gina())).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].activityId").value(Matchers.contains(smesWorkshop, diogenesOuting)));
        http.perform(get("/api/activities/" + smesWorkshop).with(gina())).andExpect(status().isOk());
        http.perform(get("/api/activities/" + smesPrivate).with(gina())).andExpect(status().isNotFound());
        http.perform(get("/api/activities/" + smesWorkshop + "/registrations").with(gina()))
                .andExpect(status().isForbidden());
        http.perform(patch("/api/activities/" + smesWorkshop).with(gina()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Autre\"}")).andExpect(status().isForbidden());
        http.perform(get(onTheDay("")).with(user("someone", "offline_access", "smes")))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_occurrences_of_one_activity_are_listed_by_start_with_the_cancelled_ones() throws Exception {
        LocalDateTime first = DAY.plusDays(1);
        String id = schedule(alice(), activity("Atelier radio", "FEDERATION", first, first.plusHours(2), 8,
                weekly(first, 4)));
        String privateSeries = schedule(alice(), activity("Groupe", "ORGANISATION", first, first.plusHours(1), 8,
                weekly(first, 2)));
        String second = id + "@" + first.plusWeeks(1);
        http.perform(patch("/api/activities/" + id + "/occurrences/" + second).with(farid())
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"CANCELLED\"}"))
                .andExpect(status().isOk());

        http.perform(get("/api/activities/" + id + "/occurrences?size=2").with(bruno()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items[*].occurrenceId").value(Matchers.contains(id + "@" + first, second)))
                .andExpect(jsonPath("$.items[1].status").value("CANCELLED"));
        http.perform(get("/api/activities/" + id + "/occurrences?from=" + first.plusWeeks(2).toLocalDate() + "&to="
                        + first.plusWeeks(2).toLocalDate()).with(gina()))
                .andExpect(jsonPath("$.items[*].occurrenceId").value(Matchers.contains(id + "@" + first.plusWeeks(2))));
        http.perform(get("/api/activities/" + id + "/occurrences/" + second).with(gina()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.occurrenceId").value(second))
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.capacity").value(8));

        http.perform(get("/api/activities/" + id + "/occurrences/" + id + "@" + first.plusDays(1)).with(alice()))
                .andExpect(status().isNotFound());
        http.perform(get("/api/activities/" + id + "/occurrences/" + privateSeries + "@" + first).with(alice()))
                .andExpect(status().isNotFound());
        http.perform(get("/api/activities/" + privateSeries + "/occurrences").with(bruno()))
                .andExpect(status().isNotFound());
        http.perform(get("/api/activities/" + privateSeries + "/occurrences/" + privateSeries + "@" + first)
                .with(gina())).andExpect(status().isNotFound());
        http.perform(get("/api/activities/" + id + "/occurrences?from=2027-02-10&to=2027-02-01").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        http.perform(get("/api/activities/" + id + "/occurrences?from=soon").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        http.perform(get("/api/activities/" + id + "/occurrences").with(user("someone", "offline_access", "smes")))
                .andExpect(status().isForbidden());
    }
}
