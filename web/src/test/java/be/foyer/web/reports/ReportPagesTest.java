package be.foyer.web.reports;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.github.tomakehurst.wiremock.client.WireMock;

import be.foyer.web.PageTest;

class ReportPagesTest extends PageTest {

    static final String MONTHLY = """
            {"month":"2026-10","organisation":"infirmiers-de-rue","indicators":{
              "tenantsMetIndividually":{"value":18,"target":20,"met":false},
              "distinctParticipants":{"value":42,"target":40,"met":true},
              "activitiesJoined":{"value":3,"target":null,"met":null},
              "tenantsHoused":{"value":"<5","target":null,"met":null}}}""";

    static final String PROGRAMMES = """
            {"items":[{"id":"reaffiliation-hf","name":{"fr":"Réaffiliation sociale","nl":"Sociale heraansluiting",
              "en":"Social re-affiliation"},"members":["smes","diogenes","infirmiers-de-rue","new-samusocial"],
              "lead":"smes"}]}""";

    static String trends(String month) {
        List<String> points = new ArrayList<>();
        List<String> months = new ArrayList<>();
        YearMonth to = YearMonth.parse(month);
        for (int i = 11; i >= 0; i--) {
            String m = to.minusMonths(i).toString();
            months.add("\"" + m + "\"");
            points.add("{\"month\":\"" + m + "\",\"value\":" + (i == 3 ? "\"<5\"" : String.valueOf(10 + i))
                    + ",\"target\":20,\"met\":" + (i == 3 ? "null" : "false") + "}");
        }
        return "{\"scope\":\"x\",\"kind\":\"organisation\",\"months\":" + months + ",\"indicators\":{"
                + "\"tenantsMetIndividually\":" + points + "}}";
    }

    private String html(MockHttpServletRequestBuilder request, RequestPostProcessor user) throws Exception {
        return mvc.perform(request.with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static void stubDashboard() {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/monthly")).willReturn(okJson(MONTHLY)));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/trends")).willReturn(okJson(trends("2026-10"))));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/programmes")).willReturn(okJson(PROGRAMMES)));
    }

    @Test
    void theCoordinatorSeesHerMonthAgainstTargetsInWordsAndTheTrendsWithTheirTables() throws Exception {
        stubDashboard();
        String page = html(get("/reports?month=2026-10"), signedIn("chloe", "infirmiers-de-rue", "coordinator"));
        assertThat(page).contains("Personnes rencontrées individuellement").contains("18 sur 20")
                .contains("Objectif pas encore atteint").contains("42 sur 40").contains("Objectif atteint")
                .contains("Activités auxquelles nos locataires ont participé")
                .contains("href=\"/reports/monthly.csv?month=2026-10\"").contains("href=\"/reports/annual.pdf?year=2026\"")
                .contains("href=\"/reports/targets\"").contains("href=\"/reports/programmes/reaffiliation-hf?month=2026-10\"")
                .contains("Réaffiliation sociale").contains("href=\"/reports/federation?month=2026-10\"")
                .contains("href=\"/tenants?notMetIn=2026-10\"").contains("non rencontrées en octobre 2026")
                .contains("<svg class=\"foyer-chart\"").contains("aria-hidden=\"true\"")
                .contains("Personnes rencontrées individuellement, mois par mois").contains("octobre 2026");
        // a suppressed value stands alone: no target, no "met" next to it
        String housed = page.substring(page.indexOf("Personnes logées"));
        housed = housed.substring(0, housed.indexOf("</li>"));
        assertThat(housed).contains("moins de 5").doesNotContain("sur").doesNotContain("pas d’objectif");
        // the trend table: 12 months, the suppressed month says "moins de 5" and has no target beside it
        assertThat(page.split("<svg class=\"foyer-chart\"")).hasSize(2);
        assertThat(page).contains("juillet 2026").contains("novembre 2025");
        API.verify(getRequestedFor(urlPathEqualTo("/api/reports/monthly")).withQueryParam("month", equalTo("2026-10"))
                .withHeader("Authorization", equalTo("Bearer " + accessToken("chloe"))));
        API.verify(getRequestedFor(urlPathEqualTo("/api/reports/trends")).withQueryParam("to", equalTo("2026-10")));
    }

    @Test
    void staffReadTheirOrganisationWithoutTheTargetsLink() throws Exception {
        stubDashboard();
        String page = html(get("/reports?month=2026-10"), signedIn("alice", "smes", "staff"));
        assertThat(page).contains("18 sur 20").doesNotContain("href=\"/reports/targets\"")
                .doesNotContain("href=\"/reports/federation");
        mvc.perform(get("/reports/federation").with(signedIn("alice", "smes", "staff"))).andExpect(status().isForbidden());
    }

    @Test
    void inDutchAndInEnglish() throws Exception {
        stubDashboard();
        String nl = html(get("/reports?month=2026-10&lang=nl"), signedIn("chloe", "infirmiers-de-rue", "coordinator"));
        assertThat(nl).contains("Individueel ontmoete mensen").contains("18 van 20").contains("minder dan 5")
                .contains("Sociale heraansluiting").contains("oktober 2026");
        String en = html(get("/reports?month=2026-10&lang=en"), signedIn("chloe", "infirmiers-de-rue", "coordinator"));
        assertThat(en).contains("People met individually").contains("18 of 20").contains("fewer than 5");
    }

    @Test
    void aMonthInTheFutureOrNotAMonthShowsTheCurrentOne() throws Exception {
        stubDashboard();
        String now = YearMonth.now(ZoneId.of("Europe/Brussels")).toString();
        html(get("/reports?month=2999-01"), signedIn("chloe", "infirmiers-de-rue", "coordinator"));
        html(get("/reports?month=nonsense"), signedIn("chloe", "infirmiers-de-rue", "coordinator"));
        API.verify(2, getRequestedFor(urlPathEqualTo("/api/reports/monthly")).withQueryParam("month", equalTo(now))
                .withQueryParam("programme", WireMock.absent()));
    }

    @Test
    void volunteersAndFacilitatorsMayNotReadReports() throws Exception {
        for (var user : List.of(signedIn("victor", "smes", "volunteer"), signedIn("fatou", "smes", "facilitator"))) {
            for (String path : List.of("/reports", "/reports/targets", "/reports/federation",
                    "/reports/programmes/reaffiliation-hf", "/reports/monthly.csv")) {
                mvc.perform(get(path).with(user)).andExpect(status().isForbidden());
            }
        }
        assertThat(API.getAllServeEvents()).isEmpty();
    }

    @Test
    void theAnalystSeesProgrammesAndTheFederationButNoOrganisationDashboard() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/programmes")).willReturn(okJson(PROGRAMMES)));
        String page = html(get("/reports"), signedIn("gina", null, "federation-analyst"));
        assertThat(page).contains("href=\"/reports/programmes/reaffiliation-hf\"").contains("href=\"/reports/federation\"")
                .doesNotContain("/reports/monthly.csv");
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/reports/monthly")));
        mvc.perform(get("/reports/monthly.csv").with(signedIn("gina", null, "federation-analyst")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/targets").with(signedIn("gina", null, "federation-analyst")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theProgrammePageShowsTheMonthTheCountWithoutKeyAndTheTrends() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/programmes")).willReturn(okJson(PROGRAMMES)));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/monthly")).withQueryParam("programme", equalTo("reaffiliation-hf"))
                .willReturn(okJson("""
                        {"month":"2026-10","programme":"reaffiliation-hf","organisations":["smes","diogenes"],
                         "indicators":{"distinctParticipants":{"value":"<5","target":null,"met":null},
                           "tenantsMetIndividually":{"value":23,"target":20,"met":true},
                           "transversalTeamMeetings":{"value":4,"target":4,"met":true}},
                         "countedWithoutKey":{"distinctParticipants":"<5","tenantsMetIndividually":7}}""")));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/trends")).withQueryParam("programme", equalTo("reaffiliation-hf"))
                .willReturn(okJson(trends("2026-10"))));
        String page = html(get("/reports/programmes/reaffiliation-hf?month=2026-10"), signedIn("gina", null, "federation-analyst"));
        assertThat(page).contains("Réaffiliation sociale").contains("Membres : Smes, Diogènes")
                .contains("Réunions d’équipe transversale").contains("sans clé fédérale")
                .contains("href=\"/reports/programmes/reaffiliation-hf/monthly.csv?month=2026-10\"")
                .contains("href=\"/reports/annual.pdf?year=2026&amp;programme=reaffiliation-hf\"")
                .contains("<svg class=\"foyer-chart\"").contains("class=\"govuk-table foyer-stacked\"");
        String participants = page.substring(page.indexOf("<th scope=\"row\" class=\"govuk-table__header\">Participants aux activités"));
        participants = participants.substring(0, participants.indexOf("</tr>"));
        assertThat(participants).contains("moins de 5").doesNotContain("Oui").doesNotContain("Non");
        String nl = html(get("/reports/programmes/reaffiliation-hf?month=2026-10&lang=nl"), signedIn("gina", null, "federation-analyst"));
        assertThat(nl).contains("Sociale heraansluiting").contains("zonder federatiesleutel").contains("minder dan 5");
    }

    @Test
    void aProgrammeTheUserMayNotReadIsNotFound() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/programmes")).willReturn(okJson("{\"items\":[]}")));
        mvc.perform(get("/reports/programmes/reaffiliation-hf").with(signedIn("hugo", "habitat-et-humanisme", "coordinator")))
                .andExpect(status().isNotFound());
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/reports/monthly")));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/annual")).willReturn(aResponse().withStatus(404)));
        mvc.perform(get("/reports/annual.pdf?year=2025&programme=reaffiliation-hf")
                        .with(signedIn("hugo", "habitat-et-humanisme", "coordinator")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theFederationTableHidesSmallCountsAndWhatWouldGiveThemAway() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/federation")).willReturn(okJson("""
                {"month":"2026-10","organisations":["smes","diogenes"],"indicators":{
                  "distinctParticipants":{"organisations":{"smes":"<5","diogenes":"<5"},"total":"<5","target":40,"met":null},
                  "councilMeetings":{"organisations":{"smes":1,"diogenes":2},"total":2,"target":1,"met":true}}}""")));
        String page = html(get("/reports/federation?month=2026-10"), signedIn("gina", null, "federation-analyst"));
        assertThat(page).contains("Réunions du conseil").contains("Smes").contains("Diogènes")
                .contains("class=\"govuk-table foyer-stacked\"").contains("href=\"/reports/federation.csv?month=2026-10\"");
        String participants = page.substring(page.indexOf(">Participants aux activités<"));
        participants = participants.substring(0, participants.indexOf("</tr>"));
        assertThat(participants).contains("moins de 5").doesNotContain("40").doesNotContain("Non");
        html(get("/reports/federation?month=2026-10"), signedIn("chloe", "infirmiers-de-rue", "coordinator"));
    }

    @Test
    void downloadsComeFromTheApiWithTheirTypeAndAName() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/monthly")).withHeader("Accept", equalTo("text/csv;charset=UTF-8"))
                .willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody("month;organisation\r\n")));
        mvc.perform(get("/reports/monthly.csv?month=2026-10").with(signedIn("chloe", "infirmiers-de-rue", "coordinator")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "filename=\"foyer-infirmiers-de-rue-2026-10.csv\"")));
        API.verify(getRequestedFor(urlPathEqualTo("/api/reports/monthly")).withQueryParam("delimiter", equalTo("semicolon")));

        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/programmes")).willReturn(okJson(PROGRAMMES)));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/annual")).withHeader("Accept", equalTo("application/pdf"))
                .willReturn(aResponse().withHeader("Content-Type", "application/pdf").withBody("%PDF-1.7")));
        byte[] pdf = mvc.perform(get("/reports/annual.pdf?year=2025&programme=reaffiliation-hf&lang=nl")
                        .with(signedIn("gina", null, "federation-analyst")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "filename=\"foyer-reaffiliation-hf-2025.pdf\"")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf)).isEqualTo("%PDF-1.7");
        API.verify(getRequestedFor(urlPathEqualTo("/api/reports/annual")).withQueryParam("year", equalTo("2025"))
                .withQueryParam("programme", equalTo("reaffiliation-hf")).withQueryParam("lang", equalTo("nl")));

        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/federation")).withHeader("Accept", equalTo("text/csv;charset=UTF-8"))
                .willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody("month,table\r\n")));
        mvc.perform(get("/reports/federation.csv?month=2026-10&lang=en").with(signedIn("gina", null, "federation-analyst")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "filename=\"foyer-federation-2026-10.csv\"")));
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/reports/federation")).withQueryParam("delimiter", WireMock.matching(".*")));
    }
}
