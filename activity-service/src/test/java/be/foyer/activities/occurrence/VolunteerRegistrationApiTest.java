package be.foyer.activities.occurrence;

import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import be.foyer.activities.ActivityTestSupport;
import be.foyer.platform.test.FoyerServiceTest;

/** A volunteer registers, sees and cancels the registrations of the tenants assigned to them, and nobody else's. */
@FoyerServiceTest
class VolunteerRegistrationApiTest extends ActivityTestSupport {

    /** A staff member of eva's organisation. */
    private static RequestPostProcessor hhWorker() {
        return user("hhworker", "staff", "habitat-et-humanisme");
    }

    @Test
    void a_volunteer_acts_for_the_tenants_assigned_to_them_only() throws Exception {
        String id = schedule(farid(), activity("Kayak", "FEDERATION", brusselsNowPlus(5 * 24 * 60),
                brusselsNowPlus(5 * 24 * 60 + 180), 10, null));
        String accompanied = tenantOf("habitat-et-humanisme", false);
        String colleagues = tenantOf("habitat-et-humanisme", false);
        String elsewhere = tenantOf("smes", false);
        assign("habitat-et-humanisme", accompanied, "eva");
        assign("habitat-et-humanisme", colleagues, "ines");
        assign("smes", elsewhere, "eva"); // a name alike in another organisation does not make it eva's

        String evas = registrationId(register(eva(), id, null, accompanied, "Mia").andExpect(status().isCreated()));
        register(eva(), id, null, colleagues, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tenantId"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown"));
        register(eva(), id, null, elsewhere, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tenantId"));
        String workers = registrationId(register(hhWorker(), id, null, colleagues, "Noé")
                .andExpect(status().isCreated()));

        // counts of everyone, rows of eva's tenant only
        String seen = body(eva(), "/api/activities/" + id + "/registrations");
        assertThat(seen).contains(accompanied, "Mia").doesNotContain(colleagues, "Noé", workers);
        http.perform(get("/api/activities/" + id + "/registrations").with(eva()))
                .andExpect(jsonPath("$.placesTaken").value(2))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].tenantId").value(accompanied));
        // the staff member sees both
        http.perform(get("/api/activities/" + id + "/registrations").with(hhWorker()))
                .andExpect(jsonPath("$.total").value(2));

        // the calendar's "my tenants" for eva: this occurrence
        http.perform(get("/api/activities?registered=mine&size=100").with(eva()))
                .andExpect(jsonPath("$.items[*].activityId").value(Matchers.hasItem(id)));

        http.perform(delete("/api/activities/" + id + "/registrations/" + workers).with(eva()))
                .andExpect(status().isNotFound());
        http.perform(delete("/api/activities/" + id + "/registrations/" + evas).with(eva()))
                .andExpect(status().isNoContent());

        // no longer assigned: eva can no longer register them
        assign("habitat-et-humanisme", accompanied);
        register(eva(), id, null, accompanied, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tenantId"));
        http.perform(get("/api/activities?registered=mine&size=100").with(eva()))
                .andExpect(jsonPath("$.items[*].activityId").value(Matchers.not(Matchers.hasItem(id))));
        http.perform(get("/api/activities/" + id + "/registrations").with(hhWorker()))
                .andExpect(jsonPath("$.placesTaken").value(1));
    }
}
