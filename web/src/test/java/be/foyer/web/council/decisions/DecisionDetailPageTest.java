package be.foyer.web.council.decisions;

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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** /council/decisions/{id}: the decision, what it led to, its follow-up by facilitators. */
class DecisionDetailPageTest extends DecisionPageTestBase {

    private static final String LINKED = DECISION.replace("\"links\":[]", """
            "links":[{"id":"l-1","kind":"ACTIVITY","activityId":"%s","activityTitle":"Atelier réparation",
              "siteName":null,"description":null,"linkedAt":"2026-12-05T10:00:00Z","linkedBy":"farid"},
             {"id":"l-2","kind":"HOUSE_RULE","activityId":null,"activityTitle":null,"siteName":"Maison Biloba",
              "description":"La buanderie est ouverte jusqu’à 21 heures","linkedAt":"2026-12-06T10:00:00Z","linkedBy":"farid"}]"""
            .formatted(A1));

    @Test
    void theDecisionShowsMeetingVotesOwnerDueDateStatusAndItsLinks() throws Exception {
        API.stubFor(get("/api/council/decisions/" + D1).willReturn(okJson(LINKED)));
        String page = html(MockMvcRequestBuilders.get("/council/decisions/" + D1).with(alice()));
        assertThat(page).contains("Réparer la machine à laver de la buanderie")
                .contains("<a class=\"govuk-link\" href=\"/council/meetings/" + M1 + "\">Conseil du 1 décembre 2026</a>")
                .contains("7 pour, 1 contre, 2 abstentions").contains(">Smes<").contains("15 janvier 2027")
                .contains(">En cours<")
                .contains("A mené à l’activité <a class=\"govuk-link\" href=\"/calendar/activities/" + A1
                        + "\">Atelier réparation</a>")
                .contains("Règlement d’ordre intérieur changé à Maison Biloba : La buanderie est ouverte jusqu’à 21 heures")
                .doesNotContain(">" + D1).doesNotContain(">" + A1).doesNotContain("farid<");
        // staff may neither follow up nor link
        assertThat(page).doesNotContain("/follow-up").doesNotContain("/links/new")
                .doesNotContain("/calendar/activities/new");
    }

    @Test
    void oneAbstentionIsSaidInTheSingularInEachLanguage() throws Exception {
        API.stubFor(get("/api/council/decisions/" + D1).willReturn(okJson(DECISION.replace("\"abstentions\":2",
                "\"abstentions\":1"))));
        assertThat(html(MockMvcRequestBuilders.get("/council/decisions/" + D1).with(alice())))
                .contains("7 pour, 1 contre, 1 abstention<");
        assertThat(html(MockMvcRequestBuilders.get("/council/decisions/" + D1).with(alice()).param("lang", "nl")))
                .contains("7 voor, 1 tegen, 1 onthouding<");
    }

    @Test
    void facilitatorsGetTheFollowUpFormAndTheLinkActions() throws Exception {
        API.stubFor(get("/api/council/decisions/" + D1).willReturn(okJson(DECISION)));
        String page = html(MockMvcRequestBuilders.get("/council/decisions/" + D1).with(farid()));
        assertThat(page).contains("action=\"/council/decisions/" + D1 + "/follow-up\"")
                .contains("value=\"IN_PROGRESS\" id=\"status-1\" checked=\"checked\"")
                .contains("value=\"2027-01-15\"").contains(">Abandonnée<")
                .contains("href=\"/calendar/activities/new?decision=" + D1 + "\"")
                .contains("href=\"/council/decisions/" + D1 + "/links/new?kind=ACTIVITY\"")
                .contains("href=\"/council/decisions/" + D1 + "/links/new?kind=HOUSE_RULE\"")
                .contains("Rien n’est encore noté.");
    }

    @Test
    void coordinatorsMayLinkButNotChangeTheStatus() throws Exception {
        API.stubFor(get("/api/council/decisions/" + D1).willReturn(okJson(DECISION)));
        String page = html(MockMvcRequestBuilders.get("/council/decisions/" + D1).with(carla()));
        assertThat(page).contains("/links/new?kind=ACTIVITY").contains("/calendar/activities/new?decision=")
                .doesNotContain("/follow-up");
    }

    @Test
    void theAnalystReadsTheDecisionWithoutAnyActionNorMeetingLink() throws Exception {
        API.stubFor(get("/api/council/decisions/" + D1).withHeader("Authorization",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + accessToken("fiona")))
                .willReturn(okJson(LINKED)));
        String page = html(MockMvcRequestBuilders.get("/council/decisions/" + D1).with(analyst()));
        assertThat(page).contains("Réparer la machine à laver de la buanderie").contains("Conseil du 1 décembre 2026")
                .contains("Atelier réparation")
                .doesNotContain("/council/meetings/" + M1).doesNotContain("<form action=\"/council")
                .doesNotContain("/links/new").doesNotContain("/calendar/activities/new");
    }

    @Test
    void anUnknownOrAnotherOrganisationsDecisionIsNotFound() throws Exception {
        API.stubFor(get("/api/council/decisions/d-other").willReturn(problem(404, "{\"status\":404}")));
        mvc.perform(MockMvcRequestBuilders.get("/council/decisions/d-other").with(alice()))
                .andExpect(status().isNotFound());
    }

    @Test
    void changingStatusAndDueDatePatchesTheDecisionThenShowsItWithABanner() throws Exception {
        API.stubFor(patch(urlEqualTo("/api/council/decisions/" + D1)).willReturn(okJson(DECISION)));
        mvc.perform(MockMvcRequestBuilders.post("/council/decisions/" + D1 + "/follow-up").with(farid()).with(csrf())
                        .param("status", "DONE").param("dueDate", "2027-02-01"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/council/decisions/" + D1))
                .andExpect(flash().attribute("success", "Le suivi de la décision est enregistré."));
        API.verify(patchRequestedFor(urlEqualTo("/api/council/decisions/" + D1))
                .withRequestBody(equalToJson("{\"status\":\"DONE\",\"dueDate\":\"2027-02-01\"}")));

        API.stubFor(get("/api/council/decisions/" + D1).willReturn(okJson(DECISION)));
        String shown = html(MockMvcRequestBuilders.get("/council/decisions/" + D1).with(farid())
                .flashAttr("success", "Le suivi de la décision est enregistré."));
        assertThat(shown).contains("Le suivi de la décision est enregistré.");
    }

    @Test
    void refusedFieldsAreNamedAtTheTopAndBesideThemAndTheChoicesStay() throws Exception {
        API.stubFor(get("/api/council/decisions/" + D1).willReturn(okJson(DECISION)));
        API.stubFor(patch(urlEqualTo("/api/council/decisions/" + D1)).willReturn(problem(400, """
                {"status":400,"errors":[{"field":"status","code":"invalid","message":"unknown status"},
                 {"field":"dueDate","code":"not_a_date","message":"not a date"}]}""")));
        String page = html(MockMvcRequestBuilders.post("/council/decisions/" + D1 + "/follow-up").with(farid())
                .with(csrf()).param("status", "DROPPED").param("dueDate", "2027-13-01"));
        assertThat(page).contains("govuk-error-summary").contains("<a href=\"#status\">").contains("<a href=\"#dueDate\">")
                .contains("id=\"status-error\"").contains("id=\"dueDate-error\"")
                .contains("value=\"DROPPED\" id=\"status-3\" checked=\"checked\"").contains("value=\"2027-13-01\"")
                .doesNotContain("unknown status");
    }

    @Test
    void anOutageWhilePostingKeepsTheChoices() throws Exception {
        API.stubFor(get("/api/council/decisions/" + D1).willReturn(unavailable()));
        API.stubFor(patch(urlEqualTo("/api/council/decisions/" + D1)).willReturn(unavailable()));
        String page = html(MockMvcRequestBuilders.post("/council/decisions/" + D1 + "/follow-up").with(farid())
                .with(csrf()).param("status", "DONE").param("dueDate", "2027-02-01"));
        assertThat(page).contains("Service momentanément indisponible")
                .contains("value=\"DONE\" id=\"status-2\" checked=\"checked\"").contains("value=\"2027-02-01\"");
    }

    @Test
    void aRoleThatMayNotFollowUpGetsTheNotAllowedPageFromTheApi() throws Exception {
        API.stubFor(patch(urlEqualTo("/api/council/decisions/" + D1)).willReturn(problem(403, "{\"status\":403}")));
        mvc.perform(MockMvcRequestBuilders.post("/council/decisions/" + D1 + "/follow-up").with(alice()).with(csrf())
                .param("status", "DONE")).andExpect(status().isForbidden());
    }

    @Test
    void aFollowUpWithoutCsrfIsRefused() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/council/decisions/" + D1 + "/follow-up").with(farid())
                .param("status", "DONE")).andExpect(status().isForbidden());
        API.verify(0, patchRequestedFor(urlEqualTo("/api/council/decisions/" + D1)));
    }
}
