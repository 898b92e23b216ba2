package be.foyer.web.calendar.planning;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
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

/** /calendar/activities/new: the form, the RRULE sent for each picker choice, errors, the decision link. */
class PlanActivityPageTest extends PlanningPageTest {

    private static final String CREATED = "{\"id\":\"a-9\",\"title\":\"Atelier d'écriture\",\"status\":\"SCHEDULED\"}";

    @Test
    void theFormOffersThePickerInFrenchAndDutch() throws Exception {
        String fr = html(MockMvcRequestBuilders.get("/calendar/activities/new").with(farid()));
        assertThat(fr).contains("<h1 class=\"govuk-heading-l\">Planifier une activité</h1>")
                .contains("Chaque semaine, certains jours").contains("Premier").contains("Dernier")
                .contains("Mardi").contains("Sans date de fin").contains("Dates sans activité")
                .contains("data-reveals=\"conditional-weekly\"").contains("id=\"conditional-monthly\"")
                .contains("Toute la fédération").contains("Mon organisation seulement").contains("Atelier")
                .contains("Une seule fois.").contains("data-draft=\"activity-new\"")
                .doesNotContain("FREQ=").doesNotContain("Conseil des locataires</option>");
        String nl = html(MockMvcRequestBuilders.get("/calendar/activities/new").with(alice()).param("lang", "nl"));
        assertThat(nl).contains("Een activiteit plannen").contains("Elke week, op bepaalde dagen").contains("Dinsdag")
                .contains("De hele federatie");
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/activities")));
    }

    @Test
    void monthlyOnTheFirstTuesdaySixTimesIsSentAsItsRuleAndSaidInWords() throws Exception {
        API.stubFor(post("/api/activities").willReturn(created(CREATED)));
        mvc.perform(plan().param("repeat", "MONTHLY").param("monthlyBy", "WEEKDAY").param("monthOrdinal", "1")
                        .param("monthWeekday", "TU").param("ends", "COUNT").param("count", "6")
                        .param("exceptions", "", "2027-02-02", ""))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/calendar/activities/a-9"))
                .andExpect(flash().attribute("success", "L’activité « Atelier d'écriture » est planifiée : "
                        + "Tous les premiers mardis du mois, 6 fois, sauf le 2 février 2027."));
        API.verify(postRequestedFor(urlEqualTo("/api/activities")).withRequestBody(equalToJson("""
                {"title":"Atelier d'écriture","category":"WORKSHOP","visibility":"FEDERATION",
                 "place":{"name":"Maison de quartier","address":"Rue Haute 1","category":"CULTURE"},
                 "start":"2027-01-05T14:00","end":"2027-01-05T16:00",
                 "recurrence":"FREQ=MONTHLY;BYDAY=1TU;COUNT=6","exceptions":["2027-02-02"],
                 "capacity":8,"registrationClosesHoursBefore":24,"costCents":250}""")));
    }

    @Test
    void eachPickerChoiceSendsItsRule() throws Exception {
        API.stubFor(post("/api/activities").willReturn(created(CREATED)));
        mvc.perform(plan().param("repeat", "WEEKLY").param("weekDays", "TH", "TU").param("weekInterval", "2")
                .param("ends", "DATE").param("until", "2027-06-30")).andExpect(status().isFound());
        API.verify(postRequestedFor(urlEqualTo("/api/activities")).withRequestBody(equalToJson(
                "{\"recurrence\":\"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270630\"}", true, true)));
        API.resetRequests();
        mvc.perform(plan().param("repeat", "MONTHLY").param("monthlyBy", "MONTHDAY").param("monthDay", "5")
                .param("ends", "NEVER")).andExpect(status().isFound());
        API.verify(postRequestedFor(urlEqualTo("/api/activities")).withRequestBody(equalToJson(
                "{\"recurrence\":\"FREQ=MONTHLY;BYMONTHDAY=5\"}", true, true)));
        API.resetRequests();
        // once: no rule and no dates left out, even if some were typed (all fields are shown without JavaScript)
        mvc.perform(plan().param("repeat", "ONCE").param("weekDays", "MO").param("exceptions", "2027-02-02"))
                .andExpect(status().isFound());
        API.verify(postRequestedFor(urlEqualTo("/api/activities")).withRequestBody(equalToJson(
                "{\"title\":\"Atelier d'écriture\",\"category\":\"WORKSHOP\",\"visibility\":\"FEDERATION\","
                        + "\"place\":{\"name\":\"Maison de quartier\",\"address\":\"Rue Haute 1\",\"category\":\"CULTURE\"},"
                        + "\"start\":\"2027-01-05T14:00\",\"end\":\"2027-01-05T16:00\",\"capacity\":8,"
                        + "\"registrationClosesHoursBefore\":24,\"costCents\":250}")));
    }

    @Test
    void theApisErrorsLandAtTheTopAndBesideThePickersFieldsWithTheValuesKept() throws Exception {
        API.stubFor(post("/api/activities").willReturn(problem(400, """
                {"status":400,"errors":[{"field":"title","code":"required","message":"is required"},
                 {"field":"start","code":"conflicting","message":"must be a day of the recurrence"},
                 {"field":"exceptions[0]","code":"invalid","message":"not a date of the series"},
                 {"field":"end","code":"before_start","message":"must be after start"},
                 {"field":"capacity","code":"too_small","message":"must be at least 1 place"},
                 {"field":"place.category","code":"required","message":"is required with a place name"}]}""")));
        String page = html(plan().param("title", "").param("repeat", "MONTHLY").param("monthlyBy", "WEEKDAY")
                .param("monthOrdinal", "1").param("monthWeekday", "TU").param("ends", "COUNT").param("count", "6")
                .param("exceptions", "2027-02-09").param("capacity", "0"));
        assertThat(page).contains("<a href=\"#title\">Titre : ce champ est obligatoire.</a>")
                .contains("<a href=\"#start\">La première date doit tomber un des jours de la répétition")
                .contains("<a href=\"#exceptions-0\">Date sans activité 1 : ce n’est pas une date de la série.</a>")
                .contains("<a href=\"#end\">L’heure de fin doit venir après l’heure de début.</a>")
                .contains("<a href=\"#place.category\">")
                .contains("id=\"title-error\"").contains("id=\"start-error\"").contains("id=\"exceptions-0-error\"")
                .contains("id=\"end-error\"").contains("id=\"capacity-error\"")
                .contains("value=\"2027-02-09\"").contains("value=\"Maison de quartier\"")
                .contains("Tous les premiers mardis du mois, 6 fois")
                .doesNotContain("must be a day");
    }

    @Test
    void theRecurrenceRefusalLandsOnTheRepetitionAndTooManyMeetingsOnTheEnd() throws Exception {
        API.stubFor(post("/api/activities").willReturn(problem(400, """
                {"status":400,"errors":[{"field":"recurrence","code":"invalid_format","message":"FREQ=DAILY is not supported"}]}""")));
        String page = html(plan().param("repeat", "WEEKLY").param("weekDays", "TU").param("ends", "NEVER"));
        assertThat(page).contains("<a href=\"#repeat\">Cette répétition n’est pas possible").contains("id=\"repeat-error\"");
    }

    @Test
    void whatThePageCanTellIsWrongIsSaidWithoutAskingTheApi() throws Exception {
        String page = html(MockMvcRequestBuilders.post("/calendar/activities/new").with(alice()).with(csrf())
                .param("title", "Marche").param("start", "2027-01-05").param("startTime", "2 heures")
                .param("end", "16:00").param("repeat", "WEEKLY").param("ends", "DATE").param("until", "")
                .param("exceptions", "24/12").param("costCents", "gratuit"));
        assertThat(page).contains("<a href=\"#startTime\">Heure de début : saisissez une heure comme 14:00.</a>")
                .contains("<a href=\"#weekDays\">Choisissez au moins un jour de la semaine.</a>")
                .contains("<a href=\"#until\">").contains("<a href=\"#exceptions-0\">Date sans activité 1 : saisissez une date valide.</a>")
                .contains("<a href=\"#costCents\">Prix : saisissez un montant en euros")
                .contains("value=\"2 heures\"").contains("value=\"gratuit\"");
        API.verify(0, postRequestedFor(urlEqualTo("/api/activities")));
    }

    @Test
    void addingDateInputsSendsNothing() throws Exception {
        String page = html(plan().param("repeat", "WEEKLY").param("exceptions", "2027-02-02", "2027-02-09")
                .param("moreExceptions", "1"));
        assertThat(page).contains("id=\"exceptions-3\"").contains("value=\"2027-02-09\"");
        API.verify(0, postRequestedFor(urlEqualTo("/api/activities")));
    }

    @Test
    void anOutageKeepsWhatWasTyped() throws Exception {
        API.stubFor(post("/api/activities").willReturn(problem(503, "{\"status\":503}")));
        String page = html(plan().param("repeat", "WEEKLY").param("weekDays", "TH").param("ends", "NEVER"));
        assertThat(page).contains("L’agenda et le conseil sont momentanément indisponibles.")
                .contains("value=\"Atelier d&#39;écriture\"").contains("value=\"Maison de quartier\"");
    }

    @Test
    void fromADecisionTheActivityIsLinkedAndTheBannerSaysSo() throws Exception {
        API.stubFor(get("/api/council/decisions/d-1").willReturn(okJson(
                "{\"id\":\"d-1\",\"text\":\"Organiser un atelier vélo\",\"meetingDate\":\"2026-11-03\"}")));
        String form = html(MockMvcRequestBuilders.get("/calendar/activities/new").param("decision", "d-1").with(farid()));
        assertThat(form).contains("À la suite de la décision du conseil du 3 novembre 2026")
                .contains("Organiser un atelier vélo").contains("name=\"decision\" value=\"d-1\"");

        API.stubFor(post("/api/activities").willReturn(created(CREATED)));
        API.stubFor(post("/api/council/decisions/d-1/links").willReturn(created("{\"id\":\"d-1\"}")));
        mvc.perform(plan().param("decision", "d-1")).andExpect(status().isFound())
                .andExpect(flash().attribute("success", "L’activité « Atelier d'écriture » est planifiée : "
                        + "Une seule fois. Elle est liée à la décision du conseil."));
        API.verify(postRequestedFor(urlEqualTo("/api/council/decisions/d-1/links"))
                .withRequestBody(equalToJson("{\"kind\":\"ACTIVITY\",\"activityId\":\"a-9\"}")));
    }

    @Test
    void aFailedLinkLeavesTheActivityPlannedAndSaysWhatToDo() throws Exception {
        API.stubFor(post("/api/activities").willReturn(created(CREATED)));
        API.stubFor(post("/api/council/decisions/d-1/links").willReturn(problem(503, "{\"status\":503}")));
        mvc.perform(plan().param("decision", "d-1")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/calendar/activities/a-9"))
                .andExpect(flash().attribute("success", org.hamcrest.Matchers.endsWith(
                        "faites-le depuis la page de la décision.")));
    }

    @Test
    void anotherOrganisationsDecisionIsNotFound() throws Exception {
        API.stubFor(get("/api/council/decisions/d-x").willReturn(problem(404, "{\"status\":404}")));
        mvc.perform(MockMvcRequestBuilders.get("/calendar/activities/new").param("decision", "d-x").with(alice()))
                .andExpect(status().isNotFound());
    }

    @Test
    void volunteersAndTheAnalystMayNotPlan() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/calendar/activities/new").with(eva())).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/calendar/activities/new").with(analyst())).andExpect(status().isForbidden());
        mvc.perform(plan().with(eva())).andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(urlEqualTo("/api/activities")));
    }

    @Test
    void aPostWithoutCsrfIsRefused() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/calendar/activities/new").with(farid()).param("title", "x"))
                .andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(urlEqualTo("/api/activities")));
    }

    @Test
    void theSummaryFollowsThePicker() throws Exception {
        String fragment = html(MockMvcRequestBuilders.get("/calendar/planning/recurrence-summary").with(farid())
                .param("repeat", "WEEKLY").param("weekDays", "MO", "TH").param("ends", "COUNT").param("count", "10")
                .param("lang", "nl"));
        assertThat(fragment).contains("id=\"recurrence-summary\"").contains("Elke week op maandag en donderdag, 10 keer.");
    }

    private MockHttpServletRequestBuilder plan() {
        return MockMvcRequestBuilders.post("/calendar/activities/new").with(farid()).with(csrf())
                .param("title", "Atelier d'écriture").param("category", "WORKSHOP").param("visibility", "FEDERATION")
                .param("place.name", "Maison de quartier").param("place.address", "Rue Haute 1")
                .param("place.category", "CULTURE").param("start", "2027-01-05").param("startTime", "14:00")
                .param("end", "16:00").param("capacity", "8").param("registrationClosesHoursBefore", "24")
                .param("costCents", "2,50");
    }
}
