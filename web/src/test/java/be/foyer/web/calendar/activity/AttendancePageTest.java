package be.foyer.web.calendar.activity;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The attendance sheet: ticks, a walk-in, outside participants by kind; then the figures. */
class AttendancePageTest extends ActivityPageTestBase {

    private static final String PAGE = DATE_PAGE + "/attendance";

    private static void tenantsStubbed() {
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(
                "{\"items\":[{\"id\":\"t-7\",\"firstName\":\"Jo\",\"lastName\":\"Peeters\"}],\"page\":0,\"size\":10,\"total\":1}")));
    }

    private MockHttpServletRequestBuilder save() {
        return save("2", "");
    }

    private MockHttpServletRequestBuilder save(String neighbours, String pupils) {
        return MockMvcRequestBuilders.post(PAGE).with(farid()).with(csrf()).param("present", "r-1", "r-3")
                .param("outsideParticipants.NEIGHBOUR", neighbours).param("outsideParticipants.PUPIL", pupils)
                .param("outsideParticipants.RELATIVE", "0").param("outsideParticipants.OTHER", "1");
    }

    @Test
    void theSheetListsEveryActiveRegistrationWithBigCheckboxesAndTheOutsideKinds() throws Exception {
        dateStubbed();
        String page = html(MockMvcRequestBuilders.get(PAGE).with(farid()));
        assertThat(page).contains("Qui est venu ?").contains("govuk-checkboxes__input").contains("value=\"r-1\"")
                .contains("Marc").contains("Sara").contains("(liste d’attente)").contains("Ali").contains("(Diogènes)")
                .contains("Voisins").contains("Élèves").contains("Proches").contains("Autres")
                .contains("inputmode=\"numeric\"").contains("form=\"attendance-form\"");
        assertThat(page).containsPattern("value=\"r-4\"[^>]*checked=\"checked\"");
        assertThat(page).doesNotContain("\"t-1\"").doesNotContain(">t-1");
    }

    @Test
    void staffAddAWalkInFromTheirOwnTenants() throws Exception {
        dateStubbed();
        tenantsStubbed();
        assertThat(html(MockMvcRequestBuilders.get(PAGE).with(alice()))).contains(">Jo Peeters</label>");
        API.stubFor(put("/api/activities/a-1/attendance").willReturn(okJson(PARTICIPANTS)));
        mvc.perform(MockMvcRequestBuilders.post(PAGE).with(alice()).with(csrf()).param("present", "r-1")
                .param("tenantId", "t-7")).andExpect(status().isFound());
        API.verify(putRequestedFor(urlEqualTo("/api/activities/a-1/attendance")).withRequestBody(equalToJson("""
                {"occurrenceId":"a-1@2026-12-10T14:00","present":["r-1"],"absent":["r-2","r-4","r-3"],"walkIns":["t-7"],
                 "outsideParticipants":{"NEIGHBOUR":0,"PUPIL":0,"RELATIVE":0,"OTHER":0}}""")));
    }

    @Test
    void savingPutsTicksAbsencesAndCountsThenTheSheetShowsTheFiguresApart() throws Exception {
        dateStubbed();
        API.stubFor(put("/api/activities/a-1/attendance").willReturn(okJson(PARTICIPANTS)));
        mvc.perform(save()).andExpect(status().isFound()).andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("success", "Les présences sont enregistrées."));
        API.verify(putRequestedFor(urlEqualTo("/api/activities/a-1/attendance")).withRequestBody(equalToJson("""
                {"occurrenceId":"a-1@2026-12-10T14:00","present":["r-1","r-3"],"absent":["r-2","r-4"],"walkIns":[],
                 "outsideParticipants":{"NEIGHBOUR":2,"PUPIL":0,"RELATIVE":0,"OTHER":1}}""")));
        API.stubFor(get(urlPathEqualTo("/api/activities/a-1/registrations")).willReturn(okJson(PARTICIPANTS
                .replace("\"attendedTenants\":null", "\"attendedTenants\":3")
                .replace("\"outsideTotal\":null", "\"outsideTotal\":3")
                .replace("\"NEIGHBOUR\":0", "\"NEIGHBOUR\":2").replace("\"OTHER\":0", "\"OTHER\":1"))));
        String page = html(MockMvcRequestBuilders.get(PAGE).with(farid()));
        assertThat(page).contains("3 locataires présents").contains("3 participants extérieurs").contains("Voisins : 2");
        assertThat(html(MockMvcRequestBuilders.get(PAGE).param("lang", "nl").with(farid())))
                .contains("3 huurders aanwezig").contains("3 externe deelnemers");
    }

    @Test
    void wrongCountsAreSaidBesideTheirFieldWithWhatWasTypedAndNothingSent() throws Exception {
        dateStubbed();
        String page = html(save("2", "dix"));
        assertThat(page).contains("govuk-error-summary").contains("href=\"#outsideParticipants.PUPIL\"")
                .contains("value=\"dix\"").containsPattern("value=\"r-3\"[^>]*checked=\"checked\"");
        API.verify(0, putRequestedFor(urlPathEqualTo("/api/activities/a-1/attendance")));
    }

    @Test
    void apiErrorsLandBesideTheFieldsAndAnOutageKeepsTheSheet() throws Exception {
        dateStubbed();
        API.stubFor(put("/api/activities/a-1/attendance").willReturn(problem(400, """
                {"status":400,"errors":[{"field":"outsideParticipants.NEIGHBOUR","code":"too_large","message":"max 500"},
                 {"field":"walkIns[0]","code":"unknown","message":"unknown"}]}""")));
        String page = html(save("900", "").param("tenantId", "t-9"));
        assertThat(page).contains("id=\"outsideParticipants.NEIGHBOUR-error\"").contains("value=\"900\"")
                .contains("Cette personne ne peut pas être ajoutée ici.");
        API.stubFor(put("/api/activities/a-1/attendance").willReturn(problem(503, "{\"status\":503}")));
        assertThat(html(save())).contains("n’est pas perdu").contains("value=\"2\"")
                .containsPattern("value=\"r-3\"[^>]*checked=\"checked\"");
    }

    @Test
    void onlyThoseWhoPlanTakeAttendanceAndAPostNeedsCsrf() throws Exception {
        dateStubbed();
        mvc.perform(MockMvcRequestBuilders.get(PAGE).with(bruno())).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get(PAGE).with(signedIn("eva", "smes", "volunteer"))).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post(PAGE).with(farid()).param("present", "r-1")).andExpect(status().isForbidden());
        API.verify(0, putRequestedFor(urlPathEqualTo("/api/activities/a-1/attendance")));
    }

    @Test
    void anotherOrganisationsActivityIsNotFound() throws Exception {
        API.stubFor(get(urlEqualTo(OCCURRENCE_API)).willReturn(notFound()));
        mvc.perform(MockMvcRequestBuilders.get(PAGE).with(bruno())).andExpect(status().isNotFound());
    }
}
