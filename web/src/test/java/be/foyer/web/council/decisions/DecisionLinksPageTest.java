package be.foyer.web.council.decisions;

import be.foyer.events.BrusselsTime;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
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

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import be.foyer.web.support.DateFormats;

/** /council/decisions/{id}/links/new: link an existing activity (picked by title) or record a house rule change. */
class DecisionLinksPageTest extends DecisionPageTestBase {

    private static final String LINKS = "/api/council/decisions/" + D1 + "/links";

    /** The calendar's coming items: a weekly workshop twice, a council meeting, a cancelled one-off. */
    private static final String COMING = list("""
            {"kind":"ACTIVITY","occurrenceId":"%1$s@2026-12-03T14:00","activityId":"%1$s","meetingId":null,
             "title":"Atelier réparation","start":"2026-12-03T14:00","status":"SCHEDULED"},
            {"kind":"COUNCIL_MEETING","occurrenceId":"m-9","activityId":null,"meetingId":"m-9","title":null,
             "start":"2026-12-05T10:00","status":"SCHEDULED"},
            {"kind":"ACTIVITY","occurrenceId":"%1$s@2026-12-10T14:00","activityId":"%1$s","meetingId":null,
             "title":"Atelier réparation","start":"2026-12-10T14:00","status":"SCHEDULED"},
            {"kind":"ACTIVITY","occurrenceId":"a-2@2026-12-12T10:00","activityId":"a-2","meetingId":null,
             "title":"Balade annulée","start":"2026-12-12T10:00","status":"CANCELLED"},
            {"kind":"ACTIVITY","occurrenceId":"a-3@2026-12-20T18:00","activityId":"a-3","meetingId":null,
             "title":"Repas solidaire","start":"2026-12-20T18:00","status":"SCHEDULED"}""".formatted(A1), 0, 100, 5);

    private void decisionAndCalendar() {
        API.stubFor(get("/api/council/decisions/" + D1).willReturn(okJson(DECISION)));
        API.stubFor(get(urlPathEqualTo("/api/activities")).willReturn(okJson(COMING)));
    }

    @Test
    void comingActivitiesArePickedByTitleOnceEachWithTheirNextDate() throws Exception {
        decisionAndCalendar();
        String page = html(MockMvcRequestBuilders.get("/council/decisions/" + D1 + "/links/new").with(farid()));
        assertThat(page).contains("Relier la décision à une activité")
                .contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">Quelle activité de l’agenda ?</legend>")
                .contains("value=\"" + A1 + "\" id=\"activityId\"").contains(">Atelier réparation</label>")
                .contains("Prochaine date : 3 décembre 2026").contains(">Repas solidaire</label>")
                .doesNotContain("Balade annulée").doesNotContain("value=\"m-9\"")
                .contains("href=\"/calendar/activities/new?decision=" + D1 + "\"")
                .contains("Réparer la machine à laver de la buanderie");
        assertThat(page.split(">Atelier réparation</label>", -1)).hasSize(2);
        LocalDate today = LocalDate.now(BrusselsTime.ZONE);
        API.verify(getRequestedFor(urlPathEqualTo("/api/activities")).withQueryParam("from", equalTo(today.toString()))
                .withQueryParam("to", equalTo(today.plusMonths(3).toString())).withQueryParam("size", equalTo("100")));
    }

    @Test
    void linkingAnActivityPostsItsIdThenShowsTheDecisionWithABanner() throws Exception {
        API.stubFor(post(urlEqualTo(LINKS)).willReturn(okJson(DECISION).withStatus(201)));
        mvc.perform(MockMvcRequestBuilders.post("/council/decisions/" + D1 + "/links").with(carla()).with(csrf())
                        .param("kind", "ACTIVITY").param("activityId", A1).param("siteName", "ignored"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/council/decisions/" + D1))
                .andExpect(flash().attribute("success", "La décision est reliée à l’activité."));
        API.verify(postRequestedFor(urlEqualTo(LINKS))
                .withRequestBody(equalToJson("{\"kind\":\"ACTIVITY\",\"activityId\":\"" + A1 + "\"}")));
    }

    @Test
    void recordingAHouseRuleChangePostsSiteAndDescriptionAndClearsTheDraft() throws Exception {
        API.stubFor(post(urlEqualTo(LINKS)).willReturn(okJson(DECISION).withStatus(201)));
        mvc.perform(MockMvcRequestBuilders.post("/council/decisions/" + D1 + "/links").with(farid()).with(csrf())
                        .param("kind", "HOUSE_RULE").param("siteName", " Maison Biloba ")
                        .param("description", "La buanderie est ouverte jusqu’à 21 heures"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/council/decisions/" + D1))
                .andExpect(flash().attribute("success", "Le changement du règlement est noté."))
                .andExpect(flash().attribute("draftCleared", "decision-link-" + D1));
        API.verify(postRequestedFor(urlEqualTo(LINKS)).withRequestBody(equalToJson("""
                {"kind":"HOUSE_RULE","siteName":"Maison Biloba","description":"La buanderie est ouverte jusqu’à 21 heures"}""")));

        API.stubFor(get("/api/council/decisions/" + D1).willReturn(okJson(DECISION)));
        String shown = html(MockMvcRequestBuilders.get("/council/decisions/" + D1).with(farid())
                .flashAttr("success", "Le changement du règlement est noté.").flashAttr("draftCleared", "decision-link-" + D1));
        assertThat(shown).contains("Le changement du règlement est noté.")
                .contains("data-draft-clear=\"decision-link-" + D1 + "\"");
    }

    @Test
    void theHouseRuleFormKeepsADraftAndOffersTheOtherKind() throws Exception {
        API.stubFor(get("/api/council/decisions/" + D1).willReturn(okJson(DECISION)));
        String page = html(MockMvcRequestBuilders.get("/council/decisions/" + D1 + "/links/new").with(farid())
                .param("kind", "HOUSE_RULE"));
        assertThat(page).contains("Noter un changement du règlement d’ordre intérieur")
                .contains("data-draft=\"decision-link-" + D1 + "\"").contains("<label class=\"govuk-label\" for=\"siteName\">Sur quel site ?</label>")
                .contains("for=\"description\"").contains("name=\"kind\" value=\"HOUSE_RULE\"")
                .contains("href=\"/council/decisions/" + D1 + "/links/new?kind=ACTIVITY\"");
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/activities")));
    }

    @Test
    void everyRefusedFieldIsNamedAtTheTopAndBesideItAndWhatWasTypedStays() throws Exception {
        API.stubFor(get("/api/council/decisions/" + D1).willReturn(okJson(DECISION)));
        API.stubFor(post(urlEqualTo(LINKS)).willReturn(problem(400, """
                {"status":400,"errors":[{"field":"siteName","code":"required","message":"is required"},
                 {"field":"description","code":"too_long","message":"must be at most 1000 characters"}]}""")));
        String page = html(MockMvcRequestBuilders.post("/council/decisions/" + D1 + "/links").with(farid()).with(csrf())
                .param("kind", "HOUSE_RULE").param("siteName", "").param("description", "Très long texte"));
        assertThat(page).contains("govuk-error-summary").contains("<a href=\"#siteName\">Sur quel site ? : ce champ est obligatoire")
                .contains("<a href=\"#description\">").contains("id=\"siteName-error\"").contains("id=\"description-error\"")
                .contains(">Très long texte</textarea>").contains("name=\"kind\" value=\"HOUSE_RULE\"")
                .doesNotContain("is required");
    }

    @Test
    void anActivityTheCallerCannotSeeIsSaidBesideTheListAndTheChoiceStays() throws Exception {
        decisionAndCalendar();
        API.stubFor(post(urlEqualTo(LINKS)).willReturn(problem(400,
                "{\"status\":400,\"errors\":[{\"field\":\"activityId\",\"code\":\"unknown\",\"message\":\"unknown activity\"}]}")));
        String page = html(MockMvcRequestBuilders.post("/council/decisions/" + D1 + "/links").with(farid()).with(csrf())
                .param("kind", "ACTIVITY").param("activityId", "a-3"));
        assertThat(page).contains("<a href=\"#activityId\">Cette activité n’est pas dans votre agenda")
                .contains("id=\"activityId-error\"").contains("value=\"a-3\" id=\"activityId-1\" aria-describedby=\"activityId-1-hint\" checked=\"checked\"");
    }

    @Test
    void anOutageWhilePostingKeepsWhatWasTyped() throws Exception {
        API.stubFor(get("/api/council/decisions/" + D1).willReturn(unavailable()));
        API.stubFor(post(urlEqualTo(LINKS)).willReturn(unavailable()));
        String page = html(MockMvcRequestBuilders.post("/council/decisions/" + D1 + "/links").with(farid()).with(csrf())
                .param("kind", "HOUSE_RULE").param("siteName", "Maison Biloba").param("description", "Visites jusqu’à 22 h"));
        assertThat(page).contains("Service momentanément indisponible").contains("value=\"Maison Biloba\"")
                .contains(">Visites jusqu’à 22 h</textarea>");
        String activity = html(MockMvcRequestBuilders.post("/council/decisions/" + D1 + "/links").with(farid())
                .with(csrf()).param("kind", "ACTIVITY").param("activityId", A1));
        assertThat(activity).contains("type=\"hidden\" name=\"activityId\" value=\"" + A1 + "\"")
                .contains("votre choix est gardé");
    }

    @Test
    void staffAndTheAnalystMayNotLinkAndTheApiIsNotAsked() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/council/decisions/" + D1 + "/links/new").with(alice()))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/council/decisions/" + D1 + "/links/new").with(analyst()))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/council/decisions/" + D1 + "/links").with(alice()).with(csrf())
                .param("kind", "ACTIVITY").param("activityId", A1)).andExpect(status().isForbidden());
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/council/decisions/" + D1)));
        API.verify(0, postRequestedFor(urlEqualTo(LINKS)));
    }

    @Test
    void anUnknownOrAnotherOrganisationsDecisionIsNotFound() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/activities")).willReturn(okJson(COMING)));
        API.stubFor(get("/api/council/decisions/d-other").willReturn(problem(404, "{\"status\":404}")));
        mvc.perform(MockMvcRequestBuilders.get("/council/decisions/d-other/links/new").with(farid()))
                .andExpect(status().isNotFound());
    }

    @Test
    void switchingLanguageOnARefusedFormOpensTheFormAgain() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/council/decisions/" + D1 + "/links").with(farid()).param("lang", "nl"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/council/decisions/" + D1 + "/links/new?kind=ACTIVITY"));
        mvc.perform(MockMvcRequestBuilders.get("/council/decisions/" + D1 + "/follow-up").with(farid()).param("lang", "nl"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/council/decisions/" + D1));
    }

    @Test
    void aLinkWithoutCsrfIsRefused() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/council/decisions/" + D1 + "/links").with(farid())
                .param("kind", "ACTIVITY").param("activityId", A1)).andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(urlEqualTo(LINKS)).withRequestBody(matching(".*")));
    }
}
