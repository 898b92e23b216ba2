package be.foyer.web.calendar.planning;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** /calendar/activities/{id}/edit and /cancel: the rule read back, only the changes sent, 409s in plain words. */
class PlanningEditPageTest extends PlanningPageTest {

    @Test
    void theFormShowsTheSeriesWithItsRuleReadBackIntoThePicker() throws Exception {
        API.stubFor(get("/api/activities/a-1").willReturn(okJson(ACTIVITY)));
        String page = html(MockMvcRequestBuilders.get("/calendar/activities/a-1/edit").with(alice()));
        assertThat(page).contains("Modifier l’activité").contains("value=\"Atelier d&#39;écriture\"")
                .contains("value=\"2027-01-05\"").contains("value=\"14:00\"").contains("value=\"16:00\"")
                .contains("value=\"2,50\"").contains("Tous les premiers mardis du mois, 6 fois.")
                .containsPattern("value=\"MONTHLY\" id=\"repeat-monthly\"[^>]*checked")
                .containsPattern("<option value=\"TU\" selected")
                .doesNotContain("FREQ=");
    }

    @Test
    void onlyTheChangedFieldsAreSent() throws Exception {
        API.stubFor(get("/api/activities/a-1").willReturn(okJson(ACTIVITY)));
        API.stubFor(patch(urlEqualTo("/api/activities/a-1")).willReturn(okJson(ACTIVITY)));
        mvc.perform(edit("MONTHLY").param("capacity", "10").param("count", "8").param("exceptions", "2027-03-02"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/calendar/activities/a-1"))
                .andExpect(flash().attribute("success", "L’activité « Atelier d'écriture » est modifiée : "
                        + "Tous les premiers mardis du mois, 8 fois, sauf le 2 mars 2027."));
        API.verify(patchRequestedFor(urlEqualTo("/api/activities/a-1")).withRequestBody(equalToJson(
                "{\"recurrence\":\"FREQ=MONTHLY;BYDAY=1TU;COUNT=8\",\"exceptions\":[\"2027-03-02\"],\"capacity\":10}")));
    }

    @Test
    void aSeriesMadeSingleSendsAnEmptyRule() throws Exception {
        API.stubFor(get("/api/activities/a-1").willReturn(okJson(ACTIVITY)));
        API.stubFor(patch(urlEqualTo("/api/activities/a-1")).willReturn(okJson(ACTIVITY)));
        mvc.perform(edit("ONCE").param("capacity", "8").param("count", "6"))
                .andExpect(status().isFound());
        API.verify(patchRequestedFor(urlEqualTo("/api/activities/a-1"))
                .withRequestBody(equalToJson("{\"recurrence\":\"\"}")));
    }

    @Test
    void nothingChangedSendsNothing() throws Exception {
        API.stubFor(get("/api/activities/a-1").willReturn(okJson(ACTIVITY)));
        mvc.perform(edit("MONTHLY").param("capacity", "8").param("count", "6")).andExpect(status().isFound())
                .andExpect(flash().attribute("success", "Rien n’a changé : l’activité reste telle quelle."));
        API.verify(0, patchRequestedFor(urlEqualTo("/api/activities/a-1")));
    }

    @Test
    void conflictsAreSaidInPlainWordsBesideWhatToChange() throws Exception {
        API.stubFor(get("/api/activities/a-1").willReturn(okJson(ACTIVITY)));
        API.stubFor(patch(urlEqualTo("/api/activities/a-1")).willReturn(problem(409, """
                {"status":409,"detail":"The occurrence a-1@2027-02-02T14:00 already has 7 confirmed registrations; the capacity cannot go below that."}""")));
        String page = html(edit("MONTHLY").param("capacity", "5").param("count", "6"));
        assertThat(page).contains("<a href=\"#capacity\">Des personnes sont déjà inscrites au-delà de ce nombre de places")
                .contains("id=\"capacity-error\"").contains("value=\"5\"").doesNotContain("confirmed registrations");

        API.stubFor(patch(urlEqualTo("/api/activities/a-1")).willReturn(problem(409, """
                {"status":409,"detail":"The occurrence a-1@2027-02-02T14:00 has registrations and would disappear from the series; move or cancel that occurrence alone instead."}""")));
        String dutch = html(edit("MONTHLY").param("capacity", "8").param("count", "2").param("lang", "nl"));
        assertThat(dutch).contains("<a href=\"#repeat\">Deze wijziging zou een datum schrappen waarop mensen ingeschreven zijn.");
    }

    @Test
    void anOutageKeepsTheChanges() throws Exception {
        API.stubFor(get("/api/activities/a-1").willReturn(problem(503, "{\"status\":503}")));
        String page = html(edit("MONTHLY").param("capacity", "12").param("count", "6"));
        assertThat(page).contains("momentanément indisponibles").contains("value=\"12\"");
    }

    @Test
    void anotherOrganisationsActivityIsNotFoundAndVolunteersMayNot() throws Exception {
        API.stubFor(get("/api/activities/a-x").willReturn(problem(404, "{\"status\":404}")));
        mvc.perform(MockMvcRequestBuilders.get("/calendar/activities/a-x/edit").with(alice())).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/calendar/activities/a-x/cancel").with(alice())).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/calendar/activities/a-1/edit").with(eva())).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/calendar/activities/a-1/cancel").with(analyst())).andExpect(status().isForbidden());
    }

    @Test
    void aStaffMemberOfAnotherOrganisationIsRefusedByTheApi() throws Exception {
        API.stubFor(get("/api/activities/a-1").willReturn(okJson(ACTIVITY)));
        API.stubFor(patch(urlEqualTo("/api/activities/a-1")).willReturn(problem(403, "{\"status\":403}")));
        mvc.perform(edit("MONTHLY").param("capacity", "9").param("count", "6")).andExpect(status().isForbidden());
    }

    @Test
    void cancellingTheSeriesAsksThenSendsTheStatus() throws Exception {
        API.stubFor(get("/api/activities/a-1").willReturn(okJson(ACTIVITY)));
        String page = html(MockMvcRequestBuilders.get("/calendar/activities/a-1/cancel").with(farid()));
        assertThat(page).contains("Annuler toute l’activité").contains("Toutes les dates à venir de « Atelier d&#39;écriture »");
        API.stubFor(patch(urlEqualTo("/api/activities/a-1")).willReturn(okJson(ACTIVITY.replace("SCHEDULED", "CANCELLED"))));
        mvc.perform(MockMvcRequestBuilders.post("/calendar/activities/a-1/cancel").with(farid()).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/calendar/activities/a-1"))
                .andExpect(flash().attribute("success", "L’activité « Atelier d'écriture » est annulée."));
        API.verify(patchRequestedFor(urlEqualTo("/api/activities/a-1")).withRequestBody(equalToJson("{\"status\":\"CANCELLED\"}")));

        API.stubFor(patch(urlEqualTo("/api/activities/a-1")).willReturn(problem(409,
                "{\"status\":409,\"detail\":\"This activity is cancelled; it can no longer be changed.\"}")));
        String twice = html(MockMvcRequestBuilders.post("/calendar/activities/a-1/cancel").with(farid()).with(csrf()));
        assertThat(twice).contains("Cette activité est annulée : elle ne peut plus être modifiée.");
    }

    @Test
    void postsWithoutCsrfAreRefused() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/calendar/activities/a-1/edit").with(alice()).param("title", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/calendar/activities/a-1/cancel").with(alice()))
                .andExpect(status().isForbidden());
        API.verify(0, patchRequestedFor(urlEqualTo("/api/activities/a-1")));
    }

    /** The edit form as shown for ACTIVITY with this repetition, less capacity and count (each test gives them). */
    private MockHttpServletRequestBuilder edit(String repeat) {
        return MockMvcRequestBuilders.post("/calendar/activities/a-1/edit").with(alice()).with(csrf())
                .param("title", "Atelier d'écriture").param("description", "On écrit ensemble.")
                .param("category", "WORKSHOP").param("visibility", "FEDERATION")
                .param("place.name", "Maison de quartier").param("place.address", "Rue Haute 1")
                .param("place.category", "CULTURE").param("start", "2027-01-05").param("startTime", "14:00")
                .param("end", "16:00").param("registrationClosesHoursBefore", "24")
                .param("costCents", "2,50").param("accessibility", "Rez-de-chaussée")
                .param("repeat", repeat).param("monthlyBy", "WEEKDAY").param("monthOrdinal", "1")
                .param("monthWeekday", "TU").param("monthInterval", "1").param("ends", "COUNT");
    }
}
