package be.foyer.activities.occurrence;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import be.foyer.activities.ActivityTestSupport;
import be.foyer.platform.test.FoyerServiceTest;

/** A tenant's activities for their file, and every field at fault named at once (issue 10). */
@FoyerServiceTest
class TenantActivitiesApiTest extends ActivityTestSupport {

    @Test
    void a_tenants_file_lists_what_they_attended_wait_for_and_withdrew_from_latest_first() throws Exception {
        String tenant = tenantOf("smes", false);
        String other = tenantOf("smes", false);
        LocalDateTime now = brusselsNowPlus(0);
        String attendedId = schedule(farid(), activity("Potager", "FEDERATION", now.minusMinutes(60),
                now.plusMinutes(60), 5, null));
        String fullId = schedule(farid(), activity("Sortie mer", "FEDERATION", now.plusDays(2), now.plusDays(2)
                .plusHours(8), 1, null));
        String withdrawnId = schedule(farid(), activity("Cuisine", "FEDERATION", now.plusDays(3), now.plusDays(3)
                .plusHours(2), 5, null));

        String attended = registrationId(register(alice(), attendedId, null, tenant, "Marc")
                .andExpect(status().isCreated()));
        http.perform(put("/api/activities/" + attendedId + "/attendance").with(farid())
                .contentType(MediaType.APPLICATION_JSON).content("{\"present\":[\"" + attended + "\"]}"))
                .andExpect(status().isOk());
        register(alice(), fullId, null, other, null).andExpect(status().isCreated());
        register(alice(), fullId, null, tenant, null).andExpect(jsonPath("$.status").value("WAITLISTED"));
        String withdrawn = registrationId(register(alice(), withdrawnId, null, tenant, null));
        http.perform(delete("/api/activities/" + withdrawnId + "/registrations/" + withdrawn).with(alice()))
                .andExpect(status().isNoContent());

        http.perform(get("/api/activities/registrations?tenantId=" + tenant).with(alice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items", hasSize(3)))
                .andExpect(jsonPath("$.items[0].activityId").value(withdrawnId))
                .andExpect(jsonPath("$.items[0].title").value("Cuisine"))
                .andExpect(jsonPath("$.items[0].status").value("CANCELLED"))
                .andExpect(jsonPath("$.items[0].attended").value(nullValue()))
                .andExpect(jsonPath("$.items[1].activityId").value(fullId))
                .andExpect(jsonPath("$.items[1].occurrenceId", containsString(fullId + "@")))
                .andExpect(jsonPath("$.items[1].status").value("WAITLISTED"))
                .andExpect(jsonPath("$.items[1].waitlistPosition").value(1))
                .andExpect(jsonPath("$.items[1].start").value(now.plusDays(2).toString() + ":00"))
                .andExpect(jsonPath("$.items[2].activityId").value(attendedId))
                .andExpect(jsonPath("$.items[2].registrationId").value(attended))
                .andExpect(jsonPath("$.items[2].status").value("CONFIRMED"))
                .andExpect(jsonPath("$.items[2].waitlistPosition").value(nullValue()))
                .andExpect(jsonPath("$.items[2].attended").value(true))
                .andExpect(jsonPath("$.items[2].occurrenceStatus").value("HELD"));
        http.perform(get("/api/activities/registrations?tenantId=" + tenant + "&page=1&size=1").with(alice()))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].activityId").value(fullId));
    }

    @Test
    void another_organisations_tenant_is_as_unknown_as_none_and_only_staff_and_coordinators_may_look() throws Exception {
        String tenant = tenantOf("smes", false);
        String id = schedule(farid(), activity("Chorale", "FEDERATION", brusselsNowPlus(60 * 24),
                brusselsNowPlus(60 * 25), 5, null));
        register(alice(), id, null, tenant, null).andExpect(status().isCreated());

        for (String unknown : List.of(tenant, "no-such-tenant")) {
            http.perform(get("/api/activities/registrations?tenantId=" + unknown).with(bruno()))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.detail").value("No tenant with id '" + unknown + "'."));
        }
        // the literal path is not read as an activity id: the answer is about the missing tenantId
        http.perform(get("/api/activities/registrations").with(alice())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tenantId"))
                .andExpect(jsonPath("$.errors[0].code").value("required"));
        for (RequestPostProcessor refused : List.of(eva(), farid(), gina())) {
            http.perform(get("/api/activities/registrations?tenantId=" + tenant).with(refused))
                    .andExpect(status().isForbidden());
        }
        http.perform(get("/api/activities/registrations?tenantId=" + tenant)).andExpect(status().isUnauthorized());
    }

    @Test
    void an_activity_names_every_field_at_fault_at_once() throws Exception {
        LocalDateTime start = brusselsNowPlus(60 * 24 * 7);
        http.perform(post("/api/activities").with(farid()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"\",\"category\":\"WORKSHOP\",\"visibility\":\"FEDERATION\",\"start\":\""
                                + start + "\",\"end\":\"" + start.minusHours(1)
                                + "\",\"recurrence\":\"FREQ=DAILY\",\"capacity\":0,"
                                + "\"place\":{\"name\":\"Parc\",\"category\":null}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(5)))
                .andExpect(jsonPath("$.errors[?(@.field=='title')].code").value("required"))
                .andExpect(jsonPath("$.errors[?(@.field=='capacity')].code").value("too_small"))
                .andExpect(jsonPath("$.errors[?(@.field=='end')].code").value("before_start"))
                .andExpect(jsonPath("$.errors[?(@.field=='recurrence')].code").value("invalid_format"))
                .andExpect(jsonPath("$.errors[?(@.field=='place.category')].code").value("required"));

        String id = schedule(farid(), activity("Yoga", "FEDERATION", start, start.plusHours(1), 5, null));
        http.perform(patch("/api/activities/" + id).with(farid()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\" \",\"status\":\"HELD\",\"end\":\"" + start.minusHours(2) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[?(@.field=='title')].code").value("required"))
                .andExpect(jsonPath("$.errors[?(@.field=='status')].code").value("not_allowed"));
        http.perform(patch("/api/activities/" + id).with(farid()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"end\":\"" + start.minusHours(2) + "\",\"recurrence\":\"FREQ=YEARLY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[?(@.field=='end')].code").value("before_start"))
                .andExpect(jsonPath("$.errors[?(@.field=='recurrence')].code").value("invalid_format"));
        http.perform(patch("/api/activities/" + id + "/occurrences/" + id + "@" + start).with(farid())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"HELD\",\"start\":\"" + start + "\",\"end\":\"" + start.minusHours(1)
                                + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[?(@.field=='status')].code").value("not_allowed"))
                .andExpect(jsonPath("$.errors[?(@.field=='end')].code").value("before_start"));
        http.perform(get("/api/activities/" + id).with(farid()))
                .andExpect(jsonPath("$.title").value("Yoga")).andExpect(jsonPath("$.status").value("SCHEDULED"));
    }

    @Test
    void a_registration_and_an_attendance_name_every_field_at_fault_at_once() throws Exception {
        String tenant = tenantOf("smes", false);
        LocalDateTime soon = brusselsNowPlus(60);
        String closed = schedule(farid(), activity("Théâtre", "FEDERATION", soon, soon.plusHours(2), 5,
                "\"registrationClosesHoursBefore\":24"));
        register(alice(), closed, null, "no-such-tenant", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[?(@.field=='tenantId')].code").value("unknown"))
                .andExpect(jsonPath("$.errors[?(@.field=='occurrenceId')].code").value("conflicting"));

        String notYet = schedule(farid(), activity("Piscine", "FEDERATION", soon, soon.plusHours(2), 5, null));
        String registration = registrationId(register(alice(), notYet, null, tenant, null));
        attendance(notYet, "[\"" + registration + "\",\"" + registration + "\"]", "[\"" + registration + "\"]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[?(@.field=='present[1]')].code").value("conflicting"))
                .andExpect(jsonPath("$.errors[?(@.field=='absent[0]')].code").value("conflicting"));
        attendance(notYet, "[\"" + registration + "\",\"no-such-registration\"]", "[]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[?(@.field=='occurrenceId')].code").value("conflicting"))
                .andExpect(jsonPath("$.errors[?(@.field=='present[1]')].code").value("unknown"));
        http.perform(get("/api/activities/registrations?tenantId=" + tenant).with(alice()))
                .andExpect(jsonPath("$.items[0].attended").value(nullValue()));
    }

    private ResultActions attendance(String id, String present, String absent) throws Exception {
        return http.perform(put("/api/activities/" + id + "/attendance").with(farid())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"present\":" + present + ",\"absent\":" + absent + "}"));
    }
}
