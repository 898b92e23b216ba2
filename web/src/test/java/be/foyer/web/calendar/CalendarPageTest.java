package be.foyer.web.calendar;

import be.foyer.events.BrusselsTime;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import be.foyer.web.housing.HousingPageTest;
import be.foyer.web.support.DateFormats;

/** /calendar: agenda, week and month views, filters sent to the API and kept by every link, council meetings. */
class CalendarPageTest extends HousingPageTest {

    static final String WORKSHOP = """
            {"kind":"ACTIVITY","occurrenceId":"a-1@2026-12-03T14:00","activityId":"a-1","meetingId":null,
             "organisation":"smes","title":"Atelier d'écriture","category":"WORKSHOP","visibility":"FEDERATION",
             "place":{"name":"Maison de quartier","address":"Rue Haute 1, 1000 Bruxelles","category":"CULTURE"},
             "start":"2026-12-03T14:00","end":"2026-12-03T16:00","timeZone":"Europe/Brussels",
             "startsAt":"2026-12-03T13:00:00Z","endsAt":"2026-12-03T15:00:00Z","status":"SCHEDULED",
             "recurring":true,"moved":false,"capacity":8,"placesTaken":5,"placesLeft":3,"waitlisted":0}""";
    static final String FULL_WALK = """
            {"kind":"ACTIVITY","occurrenceId":"a-2@2026-12-05T10:00","activityId":"a-2","meetingId":null,
             "organisation":"diogenes","title":"Balade au bois","category":"NATURE",
             "place":{"name":"Bois de la Cambre"},"start":"2026-12-05T10:30","end":"2026-12-05T12:00",
             "status":"SCHEDULED","moved":true,"capacity":6,"placesTaken":6,"placesLeft":0,"waitlisted":2}""";
    static final String CANCELLED_MEAL = """
            {"kind":"ACTIVITY","occurrenceId":"a-3@2026-12-05T18:00","activityId":"a-3","organisation":"smes",
             "title":"Repas solidaire","category":"MEAL","start":"2026-12-05T18:00","end":"2026-12-05T20:00",
             "status":"CANCELLED","capacity":20,"placesTaken":0,"placesLeft":20,"waitlisted":0}""";
    static final String COUNCIL = """
            {"kind":"COUNCIL_MEETING","occurrenceId":"m-1","activityId":null,"meetingId":"m-1","organisation":null,
             "title":null,"category":"COUNCIL","place":{"name":"Salle du Foyer"},"start":"2026-12-01T18:00",
             "end":"2026-12-01T20:00","status":"SCHEDULED","capacity":0,"placesTaken":0,"placesLeft":0,"waitlisted":0}""";

    static void calendarAnswers(String... items) {
        API.stubFor(get(urlPathEqualTo("/api/activities")).willReturn(okJson(
                "{\"items\":[" + String.join(",", items) + "],\"page\":0,\"size\":100,\"total\":" + items.length + "}")));
    }

    private String calendar(String query, String username, String organisation, String role) throws Exception {
        return html(MockMvcRequestBuilders.get("/calendar" + query).with(signedIn(username, organisation, role)));
    }

    @Test
    void theAgendaShowsTwoWeeksByDayWithTimesPlacesAndCouncilMeetingsLinked() throws Exception {
        calendarAnswers(COUNCIL, WORKSHOP, FULL_WALK, CANCELLED_MEAL);
        String page = calendar("?date=2026-12-01", "alice", "smes", "staff");
        API.verify(getRequestedFor(urlPathEqualTo("/api/activities")).withQueryParam("from", equalTo("2026-12-01"))
                .withQueryParam("to", equalTo("2026-12-14")).withQueryParam("organisation", absent())
                .withQueryParam("registered", absent()).withQueryParam("size", equalTo("100"))
                .withHeader("Authorization", equalTo("Bearer " + accessToken("alice"))));
        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Agenda partagé</h1>")
                .contains("Du 1 décembre 2026 au 14 décembre 2026")
                .contains("Mardi 1 décembre 2026").contains("Jeudi 3 décembre 2026").contains("Samedi 5 décembre 2026")
                .doesNotContain("Mercredi 2 décembre 2026") // the agenda leaves empty days out
                .contains("18:00 – 20:00").contains("href=\"/council/meetings/m-1\"").contains("Conseil des locataires")
                .contains("14:00 – 16:00").contains("Atelier d&#39;écriture")
                .contains("href=\"/calendar/activities/a-1/occurrences/a-1@2026-12-03T14:00\"")
                .contains("Smes · Atelier").contains("Maison de quartier, Rue Haute 1, 1000 Bruxelles")
                .contains("Places restantes : 3 sur 8")
                .contains("Diogènes · Nature").contains("Complet").contains("Liste d’attente : 2 personnes")
                .contains("Déplacé").contains("Annulé")
                .contains("href=\"/calendar?date=2026-11-17\"").contains("href=\"/calendar?date=2026-12-15\"")
                .contains("Plus tôt").contains("Plus tard")
                .contains("href=\"/calendar/activities/new\"").contains("Planifier une activité")
                .contains("href=\"/calendar/subscribe\"");
        // the council meeting comes first, in the order of the day
        assertThat(page.indexOf("/council/meetings/m-1")).isLessThan(page.indexOf("Atelier d&#39;écriture"));
        assertThat(page.indexOf("Balade au bois")).isLessThan(page.indexOf("Repas solidaire"));
    }

    @Test
    void theAgendaStartsTodayByDefault() throws Exception {
        calendarAnswers();
        String page = calendar("", "alice", "smes", "staff");
        LocalDate today = LocalDate.now(BrusselsTime.ZONE);
        API.verify(getRequestedFor(urlPathEqualTo("/api/activities")).withQueryParam("from", equalTo(today.toString()))
                .withQueryParam("to", equalTo(today.plusDays(13).toString())));
        assertThat(page).contains("Rien n’est prévu pendant ces jours.");
    }

    @Test
    void filtersGoToTheApiAndStayInEveryLink() throws Exception {
        calendarAnswers(WORKSHOP);
        String page = calendar("?view=week&date=2026-12-03&organisation=smes&category=WORKSHOP&registered=mine",
                "alice", "smes", "staff");
        API.verify(getRequestedFor(urlPathEqualTo("/api/activities")).withQueryParam("from", equalTo("2026-11-30"))
                .withQueryParam("to", equalTo("2026-12-06")).withQueryParam("organisation", equalTo("smes"))
                .withQueryParam("category", equalTo("WORKSHOP")).withQueryParam("registered", equalTo("mine")));
        String filters = "&amp;organisation=smes&amp;category=WORKSHOP&amp;registered=mine\"";
        assertThat(page).contains("Semaine du 30 novembre 2026 au 6 décembre 2026")
                .contains("href=\"/calendar?view=week&amp;date=2026-11-23" + filters)
                .contains("href=\"/calendar?view=week&amp;date=2026-12-07" + filters)
                .contains("href=\"/calendar?view=month&amp;month=2026-12" + filters)
                .contains("href=\"/calendar?date=2026-11-30" + filters)
                .contains("<option value=\"smes\" selected=\"selected\">Smes</option>")
                .contains("<option value=\"WORKSHOP\" selected=\"selected\">Atelier</option>")
                .containsPattern("name=\"registered\" value=\"mine\"\\s+checked=\"checked\"")
                .contains("name=\"view\" value=\"week\"").contains("name=\"date\" value=\"2026-11-30\"")
                // the week shows its seven days, empty ones said
                .contains("Lundi 30 novembre 2026").contains("Dimanche 6 décembre 2026").contains("Rien de prévu.");
    }

    @Test
    void unknownFilterValuesAreNotSent() throws Exception {
        calendarAnswers();
        String page = calendar("?organisation=nowhere&category=PARTY&date=not-a-date", "alice", "smes", "staff");
        API.verify(getRequestedFor(urlPathEqualTo("/api/activities")).withQueryParam("organisation", absent())
                .withQueryParam("category", absent())
                .withQueryParam("from", equalTo(LocalDate.now(BrusselsTime.ZONE).toString())));
        assertThat(page).contains("Rien n’est prévu pendant ces jours.");
    }

    @Test
    void theMonthIsAGridWithCaptionAndHeadersThenTheDaysAsAList() throws Exception {
        calendarAnswers(COUNCIL, WORKSHOP, FULL_WALK, CANCELLED_MEAL);
        String page = calendar("?view=month&month=2026-12&category=NATURE", "alice", "smes", "staff");
        API.verify(getRequestedFor(urlPathEqualTo("/api/activities")).withQueryParam("from", equalTo("2026-12-01"))
                .withQueryParam("to", equalTo("2026-12-31")).withQueryParam("category", equalTo("NATURE")));
        assertThat(page).contains("<h2 class=\"govuk-heading-m\" id=\"period\">")
                .contains("Décembre 2026").contains("Les jours de décembre 2026")
                .contains("<th scope=\"col\"").contains("<abbr title=\"lundi\">lun.</abbr>")
                .contains("href=\"#day-2026-12-05\"").contains("5 décembre 2026 : 2 activités ou réunions")
                .contains("id=\"day-2026-12-05\"")
                .contains("href=\"/calendar?view=month&amp;month=2026-11&amp;category=NATURE\"")
                .contains("href=\"/calendar?view=month&amp;month=2027-01&amp;category=NATURE\"")
                .contains("Mois précédent").contains("Mois suivant").contains("name=\"month\" value=\"2026-12\"");
    }

    @Test
    void aLongMonthIsReadPageAfterPage() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/activities")).withQueryParam("page", equalTo("0")).willReturn(okJson(
                "{\"items\":[" + WORKSHOP + "],\"page\":0,\"size\":100,\"total\":101}")));
        API.stubFor(get(urlPathEqualTo("/api/activities")).withQueryParam("page", equalTo("1")).willReturn(okJson(
                "{\"items\":[" + FULL_WALK + "],\"page\":1,\"size\":100,\"total\":101}")));
        String page = calendar("?view=month&month=2026-12", "alice", "smes", "staff");
        API.verify(2, getRequestedFor(urlPathEqualTo("/api/activities")));
        assertThat(page).contains("Atelier d&#39;écriture").contains("Balade au bois")
                .doesNotContain("Il y a trop d’activités");
    }

    @Test
    void beyondFivePagesTheCalendarAsksToNarrowIt() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/activities")).willReturn(okJson(
                "{\"items\":[" + WORKSHOP + "],\"page\":0,\"size\":100,\"total\":900}")));
        String page = calendar("?view=month&month=2026-12", "alice", "smes", "staff");
        API.verify(CalendarItems.MAX_PAGES, getRequestedFor(urlPathEqualTo("/api/activities")));
        assertThat(page).contains("Il y a trop d’activités pour les montrer toutes ici.");
    }

    @Test
    void anHtmxFilterGetsTheResultsAndTheViewLinks() throws Exception {
        calendarAnswers(WORKSHOP);
        String page = html(MockMvcRequestBuilders.get("/calendar").param("date", "2026-12-01")
                .param("organisation", "smes").header("HX-Request", "true").with(signedIn("alice", "smes", "staff")));
        assertThat(page).contains("id=\"calendar-results\"").contains("id=\"calendar-views\"")
                .contains("href=\"/calendar?view=week&amp;date=2026-12-01&amp;organisation=smes\"");
    }

    @Test
    void dutchAndEnglish() throws Exception {
        calendarAnswers(COUNCIL, WORKSHOP, FULL_WALK);
        String nl = html(MockMvcRequestBuilders.get("/calendar").param("date", "2026-12-01").param("lang", "nl")
                .with(signedIn("alice", "smes", "staff")));
        assertThat(nl).contains("Gedeelde kalender").contains("Dinsdag 1 december 2026").contains("Huurdersraad")
                .contains("Vrije plaatsen: 3 van 8").contains("Volzet").contains("Wachtlijst: 2 personen")
                .contains("Verplaatst").contains("Natuur").contains("Week").contains("Maand");
        String en = html(MockMvcRequestBuilders.get("/calendar").param("date", "2026-12-01").param("lang", "en")
                .with(signedIn("alice", "smes", "staff")));
        assertThat(en).contains("Tuesday 1 December 2026").contains("Tenants’ council").contains("Places left: 3 of 8");
    }

    @Test
    void facilitatorsPlanButHaveNoTenantsFilter() throws Exception {
        calendarAnswers(WORKSHOP);
        String page = calendar("?date=2026-12-01&registered=mine", "farid", "smes", "facilitator");
        API.verify(getRequestedFor(urlPathEqualTo("/api/activities")).withQueryParam("registered", absent()));
        assertThat(page).contains("href=\"/calendar/activities/new\"").doesNotContain("name=\"registered\"")
                .contains("href=\"/calendar/subscribe\"");
    }

    @Test
    void volunteersFilterTheirTenantsButDoNotPlan() throws Exception {
        calendarAnswers(WORKSHOP);
        String page = calendar("?date=2026-12-01&registered=mine", "eva", "habitat-et-humanisme", "volunteer");
        API.verify(getRequestedFor(urlPathEqualTo("/api/activities")).withQueryParam("registered", equalTo("mine")));
        assertThat(page).contains("name=\"registered\"").doesNotContain("href=\"/calendar/activities/new\"");
    }

    @Test
    void theAnalystReadsTheCalendarWithoutTenantsFilterPlanOrSubscription() throws Exception {
        calendarAnswers(COUNCIL, WORKSHOP);
        String page = calendar("?date=2026-12-01&registered=mine", "fanny", null, "federation-analyst");
        API.verify(getRequestedFor(urlPathEqualTo("/api/activities")).withQueryParam("registered", absent()));
        assertThat(page).contains("Atelier d&#39;écriture").contains("href=\"/council/meetings/m-1\"")
                .doesNotContain("name=\"registered\"").doesNotContain("href=\"/calendar/activities/new\"")
                .doesNotContain("href=\"/calendar/subscribe\"");
    }

    @Test
    void aRefusalFromTheApiIsTheNotAllowedPage() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/activities")).willReturn(problem(403, "{\"status\":403}")));
        String page = mvc.perform(MockMvcRequestBuilders.get("/calendar").with(signedIn("alice", "smes", "staff")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Accès non autorisé");
    }

    @Test
    void activityServiceDownIsTheUnavailablePage() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/activities")).willReturn(unavailable()));
        mvc.perform(MockMvcRequestBuilders.get("/calendar").with(signedIn("alice", "smes", "staff")))
                .andExpect(status().isServiceUnavailable());
    }
}
