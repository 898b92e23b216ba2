package be.foyer.activities.occurrence;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import com.jayway.jsonpath.JsonPath;

import be.foyer.activities.ActivityTestSupport;
import be.foyer.events.activities.RegistrationRecorded;
import be.foyer.platform.test.FoyerServiceTest;

/** One tenant registered to every open occurrence of a series at once. */
@FoyerServiceTest
class SeriesRegistrationApiTest extends ActivityTestSupport {

    private static String occurrence(String id, LocalDateTime start) {
        return id + "@" + start;
    }

    private String series(String id) {
        return "/api/activities/" + id + "/series-registrations";
    }

    @Test
    void a_full_date_puts_the_tenant_on_that_dates_waitlist_only_and_closed_cancelled_or_taken_dates_are_skipped()
            throws Exception {
        // five weekly dates; the first started an hour ago (closed: registrations close at the start)
        LocalDateTime first = brusselsNowPlus(-60);
        String id = schedule(farid(), activity("Atelier radio", "FEDERATION", first, first.plusHours(2), 1,
                weekly(first, 5) + ",\"registrationClosesHoursBefore\":0"));
        register(bruno(), id, occurrence(id, first.plusWeeks(1)), tenantOf("diogenes", false), null)
                .andExpect(jsonPath("$.status").value("CONFIRMED"));
        http.perform(patch("/api/activities/" + id + "/occurrences/" + occurrence(id, first.plusWeeks(3)))
                        .with(farid()).contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"CANCELLED\"}"))
                .andExpect(status().isOk());
        String tenant = tenantOf("smes", false);

        String answer = postJson(alice(), series(id), "{\"tenantId\":\"" + tenant + "\",\"firstName\":\"Hélène\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tenantId").value(tenant))
                .andExpect(jsonPath("$.items[*].occurrenceId").value(Matchers.contains(
                        occurrence(id, first.plusWeeks(1)), occurrence(id, first.plusWeeks(2)),
                        occurrence(id, first.plusWeeks(4)))))
                .andExpect(jsonPath("$.items[*].status").value(Matchers.contains("WAITLISTED", "CONFIRMED",
                        "CONFIRMED")))
                .andExpect(jsonPath("$.items[0].position").value(1))
                .andExpect(jsonPath("$.items[1].position").doesNotExist())
                .andExpect(jsonPath("$.items[1].start").value(first.plusWeeks(2) + ":00"))
                .andReturn().getResponse().getContentAsString();
        List<String> registrationIds = JsonPath.read(answer, "$.items[*].registrationId");

        // the waitlist is that date's only: the next date still had its place
        http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/api/activities/" + id + "/registrations?occurrenceId=" + occurrence(id, first.plusWeeks(2)))
                        .with(alice()))
                .andExpect(jsonPath("$.placesTaken").value(1))
                .andExpect(jsonPath("$.waitlisted").value(0))
                .andExpect(jsonPath("$.items[0].tenantId").value(tenant))
                .andExpect(jsonPath("$.items[0].firstName").value("Hélène"))
                .andExpect(jsonPath("$.items[0].registeredAt").isNotEmpty());

        // again: every open date already holds the tenant
        postJson(alice(), series(id), "{\"tenantId\":\"" + tenant + "\"}").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        // a second tenant already on one date alone: the series registration leaves that date out
        String second = tenantOf("smes", false);
        register(alice(), id, occurrence(id, first.plusWeeks(2)), second, null)
                .andExpect(jsonPath("$.status").value("WAITLISTED"));
        postJson(alice(), series(id), "{\"tenantId\":\"" + second + "\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.items[*].occurrenceId").value(Matchers.contains(
                        occurrence(id, first.plusWeeks(1)), occurrence(id, first.plusWeeks(4)))))
                .andExpect(jsonPath("$.items[*].status").value(Matchers.contains("WAITLISTED", "WAITLISTED")))
                .andExpect(jsonPath("$.items[0].position").value(2));

        // each registration is a single one's event, without the first name
        var records = records(id, value -> value.contains(second) && value.contains(occurrence(id,
                first.plusWeeks(4))));
        assertThat(events(records)).filteredOn(event -> event.payload() instanceof RegistrationRecorded recorded
                && recorded.tenantId().equals(tenant)).extracting(event -> ((RegistrationRecorded) event.payload())
                        .registrationId()).containsExactlyInAnyOrderElementsOf(registrationIds);
        assertThat(records).allSatisfy(record -> {
            assertThat(record.value()).doesNotContain("Hélène", "radio");
            assertThat(violations(record.value())).isEmpty();
        });
    }

    @Test
    void bad_input_names_every_field_others_tenants_are_unknown_and_roles_that_may_not_are_refused()
            throws Exception {
        LocalDateTime start = brusselsNowPlus(2 * 24 * 60);
        String id = schedule(farid(), activity("Marche", "FEDERATION", start, start.plusHours(2), 5,
                weekly(start, 3)));
        String privateSeries = schedule(alice(), activity("Groupe de parole", "ORGANISATION", start,
                start.plusHours(1), 5, weekly(start, 3)));
        String tenant = tenantOf("smes", false);

        postJson(alice(), series(id), "{\"firstName\":\"" + "x".repeat(101) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("tenantId", "firstName")));
        postJson(alice(), series(id), "{\"tenantId\":\"" + tenantOf("diogenes", false) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tenantId"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown"));
        postJson(alice(), series(id), "{\"tenantId\":\"no-such-tenant\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("unknown"));
        postJson(bruno(), series(privateSeries), "{\"tenantId\":\"" + tenantOf("diogenes", false) + "\"}")
                .andExpect(status().isNotFound());
        postJson(farid(), series(id), "{\"tenantId\":\"" + tenant + "\"}").andExpect(status().isForbidden());
        postJson(gina(), series(id), "{\"tenantId\":\"" + tenant + "\"}").andExpect(status().isForbidden());

        // a volunteer: the tenants assigned to them only
        String accompanied = tenantOf("habitat-et-humanisme", false);
        String notTheirs = tenantOf("habitat-et-humanisme", false);
        assign("habitat-et-humanisme", accompanied, "eva");
        assign("habitat-et-humanisme", notTheirs, "someone-else");
        postJson(eva(), series(id), "{\"tenantId\":\"" + notTheirs + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tenantId"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown"));
        postJson(eva(), series(id), "{\"tenantId\":\"" + accompanied + "\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.items.length()").value(3));

        http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/api/activities/" + id + "/registrations?occurrenceId=" + occurrence(id, start)).with(farid()))
                .andExpect(jsonPath("$.total").value(1));
    }
}
