package be.foyer.web.calendar.activity;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/** The series page and the page of one date. */
class ActivityDatePageTest extends ActivityPageTestBase {

    @Test
    void aDateShowsDetailsOurRegistrationsByFirstNameAndOtherOrganisationsAsCounts() throws Exception {
        dateStubbed();
        String page = html(MockMvcRequestBuilders.get(DATE_PAGE).with(alice()));
        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Atelier d’écriture</h1>")
                .contains("10 décembre 2026").contains("14:00 – 16:00").contains("Maison de quartier")
                .contains("Atelier").contains("0 place(s) libre(s) sur 8").contains("1 personne en attente")
                .contains("Complet").contains("Inscriptions de Smes")
                .contains(">Marc Vandenberghe</th>").contains(">Nadia Benali</th>").contains("Inscrit").contains("a reçu une place le 1 décembre 2026")
                .contains(">Sara</th>").contains("position 1 dans la liste d’attente").contains("est venu(e)")
                .contains("Diogènes : 6 inscrit(s), 0 en attente").contains(" (Ali)")
                .contains("href=\"/calendar/activities/a-1/occurrences/a-1@2026-12-10T14:00/register\"")
                .contains("/registrations/r-1/cancel");
        assertThat(page).doesNotContain("\"t-1\"").doesNotContain(">t-1").doesNotContain(">r-1").doesNotContain(">WORKSHOP");
        // alice is of the organiser: she plans (W3's pages); attendance waits until the date has started
        assertThat(page).contains("/calendar/activities/a-1/edit").contains("/occurrences/a-1@2026-12-10T14:00/move")
                .doesNotContain("/attendance");
    }

    @Test
    void onceTheDateHasStartedTheOrganiserAndFacilitatorsTakeAttendance() throws Exception {
        dateStubbed("2025-12-10T13:00:00Z");
        assertThat(html(MockMvcRequestBuilders.get(DATE_PAGE).with(alice())))
                .contains("href=\"/calendar/activities/a-1/occurrences/a-1@2026-12-10T14:00/attendance\"");
        assertThat(html(MockMvcRequestBuilders.get(DATE_PAGE).with(farid()))).contains("/attendance")
                .doesNotContain("/register\"");
    }

    @Test
    void anotherOrganisationsStaffRegisterButDoNotPlan() throws Exception {
        dateStubbed();
        String page = html(MockMvcRequestBuilders.get(DATE_PAGE).with(bruno()));
        assertThat(page).contains("/register").doesNotContain("/edit").doesNotContain("/attendance")
                .doesNotContain("/move");
    }

    @Test
    void inDutchTheDateAndEnumsAreTranslated() throws Exception {
        dateStubbed();
        assertThat(html(MockMvcRequestBuilders.get(DATE_PAGE).param("lang", "nl").with(alice()))).contains("10 december 2026")
                .contains("Workshop").contains("Volzet").contains("plaats 1 op de wachtlijst").contains("Op de wachtlijst");
    }

    @Test
    void theAnalystReadsTheDetailsOnlyWithoutRegistrationsNorActions() throws Exception {
        dateStubbed();
        String page = html(MockMvcRequestBuilders.get(DATE_PAGE).with(analyst()));
        assertThat(page).contains("Atelier d’écriture").doesNotContain("Marc").doesNotContain("/register")
                .doesNotContain("/edit").doesNotContain("/attendance");
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/activities/a-1/registrations")));
    }

    @Test
    void anotherOrganisationsActivityIsNotFound() throws Exception {
        API.stubFor(get(urlEqualTo(OCCURRENCE_API)).willReturn(notFound()));
        mvc.perform(MockMvcRequestBuilders.get(DATE_PAGE).with(bruno())).andExpect(status().isNotFound());
        API.stubFor(get("/api/activities/a-1").willReturn(notFound()));
        mvc.perform(MockMvcRequestBuilders.get("/calendar/activities/a-1").with(bruno())).andExpect(status().isNotFound());
    }

    @Test
    void theSeriesListsItsDatesLinkingToEachWithPlacesLeft() throws Exception {
        API.stubFor(get("/api/activities/a-1").willReturn(okJson(ACTIVITY)));
        API.stubFor(get(urlPathEqualTo("/api/activities/a-1/occurrences")).willReturn(okJson(
                "{\"items\":[" + occurrence("2026-12-10T13:00:00Z", 3, 0) + "],\"page\":0,\"size\":20,\"total\":21}")));
        String page = html(MockMvcRequestBuilders.get("/calendar/activities/a-1").with(farid()));
        assertThat(page).contains("Atelier d’écriture").contains("On écrit ensemble.")
                .contains("href=\"/calendar/activities/a-1/occurrences/a-1@2026-12-10T14:00\"")
                .contains("3 place(s) libre(s) sur 8").contains("/calendar/activities/a-1/edit")
                .contains("rel=\"next\"");
        assertThat(html(MockMvcRequestBuilders.get("/calendar/activities/a-1").with(analyst()))).doesNotContain("/edit");
    }
}
