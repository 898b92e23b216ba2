package be.foyer.web.tenants.activities;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import be.foyer.web.housing.HousingPageTest;

/** /tenants/{id}/activities: what the person registered for, waits for or attended, in Brussels time. */
class TenantActivitiesPageTest extends HousingPageTest {

    private static final String REGISTRATIONS = """
            {"items":[
              {"activityId":"a-1","occurrenceId":"a-1@2026-12-10T14:00","registrationId":"r-1","title":"Atelier d'écriture",
               "start":"2026-12-10T14:00","end":"2026-12-10T16:00","timeZone":"Europe/Brussels",
               "startsAt":"2026-12-10T13:00:00Z","endsAt":"2026-12-10T15:00:00Z","status":"WAITLISTED",
               "waitlistPosition":2,"attended":null,"occurrenceStatus":"SCHEDULED"},
              {"activityId":"a-2","occurrenceId":"a-2@2026-10-01T10:00","registrationId":"r-2","title":"Sortie au musée",
               "startsAt":"2026-10-01T08:00:00Z","status":"CONFIRMED","attended":true,"occurrenceStatus":"HELD"}],
             "page":0,"size":20,"total":25}""";

    @Test
    void showsTitlesTimesInBrusselsStatusesAndAttendance() throws Exception {
        fileOfT1("{\"id\":\"t-1\",\"firstName\":\"Marc\",\"lastName\":\"Dupont\",\"status\":\"HOUSED\"}");
        API.stubFor(get(urlPathEqualTo("/api/activities/registrations")).willReturn(okJson(REGISTRATIONS)));
        String page = html(MockMvcRequestBuilders.get("/tenants/t-1/activities").with(alice()));
        API.verify(getRequestedFor(urlPathEqualTo("/api/activities/registrations")).withQueryParam("tenantId", equalTo("t-1")));
        assertThat(page).contains("Marc Dupont").contains("<h2 class=\"govuk-heading-l\">Activités</h2>")
                .contains("Atelier d&#39;écriture").contains("10 décembre 2026").contains("14:00")
                .contains("Sur liste d’attente").contains("Place 2 sur la liste d’attente").contains("Pas encore notée")
                .contains("1 octobre 2026").contains("10:00").contains("Inscrit").contains("Présente")
                .contains("href=\"/tenants/t-1/activities?page=1\"")
                .containsPattern("href=\"/tenants/t-1/activities\"\\s+aria-current=\"page\"");
        String nl = html(MockMvcRequestBuilders.get("/tenants/t-1/activities").with(alice()).param("lang", "nl"));
        assertThat(nl).contains("10 december 2026").contains("Op de wachtlijst").contains("Aanwezig");
    }

    @Test
    void activityServiceDownIsSaidPlainlyUnderTheHeader() throws Exception {
        fileOfT1("{\"id\":\"t-1\",\"firstName\":\"Marc\",\"status\":\"HOUSED\"}");
        API.stubFor(get(urlPathEqualTo("/api/activities/registrations")).willReturn(unavailable()));
        String page = html(MockMvcRequestBuilders.get("/tenants/t-1/activities").with(alice()));
        assertThat(page).contains("Marc").contains("L’agenda est momentanément indisponible");
    }

    @Test
    void anotherOrganisationsPersonIsNotFound() throws Exception {
        API.stubFor(get("/api/tenants/t-other").willReturn(problem(404, "{\"status\":404}")));
        mvc.perform(MockMvcRequestBuilders.get("/tenants/t-other/activities").with(alice()))
                .andExpect(status().isNotFound());
    }

    @Test
    void volunteersMayNotSeeThisSection() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/tenants/t-1/activities").with(signedIn("eva", "habitat-et-humanisme", "volunteer")))
                .andExpect(status().isForbidden());
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/activities/registrations")));
    }
}
