package be.foyer.web.reports;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.time.ZoneId;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import be.foyer.web.PageTest;

class ReportTargetsPageTest extends PageTest {

    static final String TARGETS = """
            {"organisation":"infirmiers-de-rue",
             "targets":{"tenantsMetIndividually":{"target":20,"from":"2026-01"},"distinctPlaces":{"target":10,"from":"2026-01"}},
             "history":[{"indicator":"tenantsMetIndividually","target":20,"from":"2026-01","setBy":"chloe","setAt":"2025-12-20T10:00:00Z"},
                        {"indicator":"distinctPlaces","target":null,"from":"2027-03","setBy":"chloe","setAt":"2026-10-02T09:00:00Z"}]}""";

    private static final String NEXT_MONTH = YearMonth.now(ZoneId.of("Europe/Brussels")).plusMonths(1).toString();

    @Test
    void theFormOffersNextMonthWithTheCurrentTargetsAndShowsTheHistory() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/targets")).willReturn(okJson(TARGETS)));
        String page = mvc.perform(get("/reports/targets").with(signedIn("chloe", "infirmiers-de-rue", "coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<option value=\"" + NEXT_MONTH + "\" selected=\"selected\"")
                .contains("name=\"targets.tenantsMetIndividually\" type=\"text\" value=\"20\"")
                .contains("name=\"targets.distinctParticipants\" type=\"text\" value=\"\"")
                .contains("Réunions d’équipe transversale")
                .contains("Historique des objectifs").contains("janvier 2026").contains("mars 2027").contains("aucun objectif");
    }

    @Test
    void whoSetATargetIsReadByNameNeverAsAnId() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/targets")).willReturn(okJson(TARGETS
                .replaceFirst("\"setBy\":\"chloe\"", "\"setBy\":\"" + AUTHOR_ID + "\"")
                .replaceFirst("\"setBy\":\"chloe\"", "\"setBy\":\"Chloé Test\""))));
        String page = mvc.perform(get("/reports/targets").with(signedIn("chloe", "infirmiers-de-rue", "coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(AUTHOR_ID).contains(">une personne de l’équipe, 20 décembre 2025")
                .contains(">Chloé Test, 2 octobre 2026");
    }

    @Test
    void onlyTheChangedTargetsAreSentFromTheChosenMonthThenTheFormShowsSuccess() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/targets")).willReturn(okJson(TARGETS)));
        API.stubFor(put(urlPathEqualTo("/api/reports/targets")).willReturn(okJson(TARGETS)));
        mvc.perform(post("/reports/targets").with(csrf()).with(signedIn("chloe", "infirmiers-de-rue", "coordinator"))
                        .param("from", NEXT_MONTH).param("targets.tenantsMetIndividually", "25")
                        .param("targets.distinctPlaces", "").param("targets.distinctParticipants", "")
                        .param("targets.councilMeetings", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/reports/targets"))
                .andExpect(flash().attribute("success", Matchers.startsWith("Objectifs enregistrés à partir de")));
        API.verify(putRequestedFor(urlPathEqualTo("/api/reports/targets")).withRequestBody(equalToJson(
                "{\"from\":\"" + NEXT_MONTH + "\",\"targets\":{\"tenantsMetIndividually\":25,\"distinctPlaces\":null}}")));
    }

    @Test
    void theApisRefusalIsShownAtTheTopAndBesideTheFieldsWithWhatWasTyped() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/targets")).willReturn(okJson(TARGETS)));
        API.stubFor(put(urlPathEqualTo("/api/reports/targets")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"status":400,"detail":"invalid","errors":[{"field":"from","code":"in_past","message":"past"},
                         {"field":"targets.tenantsMetIndividually","code":"too_large","message":"too large"}]}""")));
        String page = mvc.perform(post("/reports/targets").with(csrf()).with(signedIn("chloe", "infirmiers-de-rue", "coordinator"))
                        .param("from", NEXT_MONTH).param("targets.tenantsMetIndividually", "99999"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary").contains("href=\"#from\"").contains("href=\"#targets.tenantsMetIndividually\"")
                .contains("id=\"from-error\"").contains("id=\"targets.tenantsMetIndividually-error\"")
                .contains("À partir de").contains("Personnes rencontrées individuellement")
                .contains("value=\"99999\"").contains("<option value=\"" + NEXT_MONTH + "\" selected=\"selected\"");
    }

    @Test
    void whatThePageCanTellIsSaidWithoutCallingTheApi() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/targets")).willReturn(okJson(TARGETS)));
        String page = mvc.perform(post("/reports/targets").with(csrf()).with(signedIn("chloe", "infirmiers-de-rue", "coordinator"))
                        .param("from", "").param("targets.distinctPlaces", "dix").param("targets.councilMeetings", "-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"from-error\"").contains("id=\"targets.distinctPlaces-error\"")
                .contains("id=\"targets.councilMeetings-error\"").contains("value=\"dix\"");
        API.verify(0, putRequestedFor(urlPathEqualTo("/api/reports/targets")));
    }

    @Test
    void anOutageKeepsWhatWasTyped() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/targets")).willReturn(okJson(TARGETS)));
        API.stubFor(put(urlPathEqualTo("/api/reports/targets")).willReturn(aResponse().withStatus(503)));
        String page = mvc.perform(post("/reports/targets").with(csrf()).with(signedIn("chloe", "infirmiers-de-rue", "coordinator"))
                        .param("from", NEXT_MONTH).param("targets.oneOffActivities", "5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Les rapports sont momentanément indisponibles").contains("value=\"5\"");
    }

    @Test
    void inDutch() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/targets")).willReturn(okJson(TARGETS)));
        String page = mvc.perform(get("/reports/targets?lang=nl").with(signedIn("chloe", "infirmiers-de-rue", "coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Doelen").contains("Vanaf").contains("Individueel ontmoete mensen").contains("januari 2026");
    }

    @Test
    void withoutCsrfOrAsStaffNothingIsSent() throws Exception {
        mvc.perform(post("/reports/targets").with(signedIn("chloe", "infirmiers-de-rue", "coordinator"))
                .param("from", NEXT_MONTH)).andExpect(status().isForbidden());
        mvc.perform(post("/reports/targets").with(csrf()).with(signedIn("alice", "smes", "staff"))
                .param("from", NEXT_MONTH)).andExpect(status().isForbidden());
        mvc.perform(get("/reports/targets").with(signedIn("alice", "smes", "staff"))).andExpect(status().isForbidden());
        assertThat(API.getAllServeEvents()).isEmpty();
    }

    static final String PROGRAMME_TARGETS = """
            {"programme":"reaffiliation-hf",
             "targets":{"distinctParticipants":{"target":40,"from":null},"tenantsMetIndividually":{"target":20,"from":null}},
             "history":[{"indicator":"distinctParticipants","target":40,"from":"2020-01","setBy":"configuration","setAt":null},
                        {"indicator":"tenantsMetIndividually","target":25,"from":"2027-01","setBy":"sam","setAt":"2026-11-02T09:00:00Z"}]}""";

    private static void stubProgramme() {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/programmes")).willReturn(okJson(ReportPagesTest.PROGRAMMES)));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/targets")).withQueryParam("programme", WireMock.equalTo("reaffiliation-hf"))
                .willReturn(okJson(PROGRAMME_TARGETS)));
    }

    @Test
    void theLeadOrganisationsCoordinatorSetsTheProgrammesTargetsFromAMonthOn() throws Exception {
        stubProgramme();
        API.stubFor(put(urlPathEqualTo("/api/reports/targets")).willReturn(okJson(PROGRAMME_TARGETS)));
        String page = mvc.perform(get("/reports/programmes/reaffiliation-hf/targets").with(signedIn("sam", "smes", "coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Réaffiliation sociale").contains("action=\"/reports/programmes/reaffiliation-hf/targets\"")
                .contains("name=\"targets.distinctParticipants\" type=\"text\" value=\"40\"")
                .contains("configuration du programme").contains("janvier 2027");
        mvc.perform(post("/reports/programmes/reaffiliation-hf/targets").with(csrf()).with(signedIn("sam", "smes", "coordinator"))
                        .param("from", NEXT_MONTH).param("targets.distinctParticipants", "45")
                        .param("targets.tenantsMetIndividually", "20"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/reports/programmes/reaffiliation-hf/targets"));
        API.verify(putRequestedFor(urlPathEqualTo("/api/reports/targets")).withQueryParam("programme", WireMock.equalTo("reaffiliation-hf"))
                .withRequestBody(equalToJson("{\"from\":\"" + NEXT_MONTH + "\",\"targets\":{\"distinctParticipants\":45}}")));
    }

    @Test
    void anotherMembersCoordinatorReadsTheProgrammesTargetsButMayNotSetThem() throws Exception {
        stubProgramme();
        String page = mvc.perform(get("/reports/programmes/reaffiliation-hf/targets?lang=nl")
                        .with(signedIn("chloe", "infirmiers-de-rue", "coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<form method=\"post\"").contains("coördinatoren van Smes")
                .contains("Sociale heraansluiting");
        mvc.perform(post("/reports/programmes/reaffiliation-hf/targets").with(csrf())
                        .with(signedIn("chloe", "infirmiers-de-rue", "coordinator")).param("from", NEXT_MONTH))
                .andExpect(status().isForbidden());
        API.verify(0, putRequestedFor(urlPathEqualTo("/api/reports/targets")));
    }

    @Test
    void aProgrammeTheUserMayNotReadIsNotFoundAndItsErrorsLandBesideTheFields() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/programmes")).willReturn(okJson("{\"items\":[]}")));
        mvc.perform(get("/reports/programmes/reaffiliation-hf/targets").with(signedIn("hugo", "habitat-et-humanisme", "coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/reports/programmes/reaffiliation-hf/targets").with(csrf())
                        .with(signedIn("hugo", "habitat-et-humanisme", "coordinator")).param("from", NEXT_MONTH))
                .andExpect(status().isNotFound());
        stubProgramme();
        API.stubFor(put(urlPathEqualTo("/api/reports/targets")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"status":400,"errors":[{"field":"from","code":"in_past","message":"past"}]}""")));
        String page = mvc.perform(post("/reports/programmes/reaffiliation-hf/targets").with(csrf())
                        .with(signedIn("sam", "smes", "coordinator")).param("from", NEXT_MONTH)
                        .param("targets.oneOffActivities", "4"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary").contains("id=\"from-error\"").contains("value=\"4\"");
    }
}
