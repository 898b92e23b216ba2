package be.foyer.web.calendar.planning;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** /calendar/activities/{id}/occurrences/{occurrenceId}/cancel and /move: one date alone. */
class PlanningOccurrencePageTest extends PlanningPageTest {

    private static final String PAGE = "/calendar/activities/a-1/occurrences/a-1@2027-02-02T14:00";
    private static final String API_PATH = "/api/activities/a-1/occurrences/a-1(@|%40)2027-02-02T14(:|%3A)00";
    private static final String OCCURRENCE = """
            {"occurrenceId":"a-1@2027-02-02T14:00","activityId":"a-1","title":"Atelier d'écriture",
             "start":"2027-02-02T14:00","end":"2027-02-02T16:00","status":"SCHEDULED"}""";

    @Test
    void cancellingOneDateAsksThenSendsItsStatus() throws Exception {
        API.stubFor(get(urlPathMatching(API_PATH)).willReturn(okJson(OCCURRENCE)));
        String page = html(MockMvcRequestBuilders.get(PAGE + "/cancel").with(farid()));
        assertThat(page).contains("Annuler cette date")
                .contains("« Atelier d&#39;écriture » n’aura pas lieu le 2 février 2027, 14:00.");
        API.stubFor(patch(urlPathMatching(API_PATH)).willReturn(okJson(OCCURRENCE.replace("SCHEDULED", "CANCELLED"))));
        mvc.perform(MockMvcRequestBuilders.post(PAGE + "/cancel").with(farid()).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("success", "La date du 2 février 2027, 14:00 est annulée."));
        API.verify(patchRequestedFor(urlPathMatching(API_PATH)).withRequestBody(equalToJson("{\"status\":\"CANCELLED\"}")));
    }

    @Test
    void movingOneDateSendsTheNewTimes() throws Exception {
        API.stubFor(get(urlPathMatching(API_PATH)).willReturn(okJson(OCCURRENCE)));
        String page = html(MockMvcRequestBuilders.get(PAGE + "/move").with(alice()).param("lang", "nl"));
        assertThat(page).contains("Deze datum verplaatsen").contains("value=\"2027-02-02\"").contains("value=\"14:00\"");
        API.stubFor(patch(urlPathMatching(API_PATH)).willReturn(okJson(OCCURRENCE.replace("2027-02-02T14:00\",\"end", "2027-02-03T10:00\",\"end"))));
        mvc.perform(MockMvcRequestBuilders.post(PAGE + "/move").with(alice()).with(csrf())
                        .param("start", "2027-02-03").param("startTime", "10:00").param("end", "12:00"))
                .andExpect(status().isFound()).andExpect(redirectedUrl(PAGE));
        API.verify(patchRequestedFor(urlPathMatching(API_PATH))
                .withRequestBody(equalToJson("{\"start\":\"2027-02-03T10:00\",\"end\":\"2027-02-03T12:00\"}")));
    }

    @Test
    void errorsLandBesideTheTimesWithTheValuesKept() throws Exception {
        API.stubFor(get(urlPathMatching(API_PATH)).willReturn(okJson(OCCURRENCE)));
        API.stubFor(patch(urlPathMatching(API_PATH)).willReturn(problem(400,
                "{\"status\":400,\"errors\":[{\"field\":\"end\",\"code\":\"before_start\",\"message\":\"must be after start\"}]}")));
        String page = html(MockMvcRequestBuilders.post(PAGE + "/move").with(alice()).with(csrf())
                .param("start", "2027-02-03").param("startTime", "10:00").param("end", "09:00"));
        assertThat(page).contains("<a href=\"#end\">L’heure de fin doit venir après l’heure de début.</a>")
                .contains("id=\"end-error\"").contains("value=\"09:00\"");

        API.stubFor(patch(urlPathMatching(API_PATH)).willReturn(problem(409,
                "{\"status\":409,\"detail\":\"This occurrence is HELD; it can no longer be changed.\"}")));
        assertThat(html(MockMvcRequestBuilders.post(PAGE + "/cancel").with(alice()).with(csrf())))
                .contains("Cette date a déjà eu lieu ou est annulée");

        API.stubFor(patch(urlPathMatching(API_PATH)).willReturn(problem(503, "{\"status\":503}")));
        assertThat(html(MockMvcRequestBuilders.post(PAGE + "/move").with(alice()).with(csrf())
                .param("start", "2027-02-04").param("startTime", "10:00").param("end", "12:00")))
                .contains("momentanément indisponibles").contains("value=\"2027-02-04\"");
    }

    @Test
    void anotherOrganisationsDateIsNotFoundAndVolunteersMayNot() throws Exception {
        API.stubFor(get(urlPathMatching("/api/activities/a-x/occurrences/.*")).willReturn(problem(404, "{\"status\":404}")));
        mvc.perform(MockMvcRequestBuilders.get("/calendar/activities/a-x/occurrences/a-x@2027-02-02T14:00/move")
                .with(alice())).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get(PAGE + "/cancel").with(eva())).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post(PAGE + "/cancel").with(eva()).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post(PAGE + "/cancel").with(alice())).andExpect(status().isForbidden());
        API.verify(0, patchRequestedFor(urlPathMatching(API_PATH)));
    }
}
