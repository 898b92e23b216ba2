package be.foyer.web.reports;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.github.tomakehurst.wiremock.client.WireMock;

import be.foyer.web.PageTest;

/** The federation's table for a period: the dashboard's picker, its errors, the API's range, who may read it. */
class ReportFederationPageTest extends PageTest {

    static final String RANGE = """
            {"from":"2026-01","to":"2026-03","organisations":["smes","diogenes"],"indicators":{
              "distinctParticipants":{"organisations":{"smes":"<5","diogenes":"<5"},"total":7,"target":null,"met":null},
              "tenantsMetIndividually":{"organisations":{"smes":23,"diogenes":31},"total":54,"target":null,"met":null}}}""";

    static final String MONTH = """
            {"month":"2026-10","organisations":["smes","diogenes"],"indicators":{
              "councilMeetings":{"organisations":{"smes":1,"diogenes":2},"total":2,"target":1,"met":true}}}""";

    private final RequestPostProcessor gina = signedIn("gina", null, "federation-analyst");

    private String html(String path, RequestPostProcessor user) throws Exception {
        return mvc.perform(get(path).with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static void stubFederation() {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/federation")).willReturn(okJson(MONTH)));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/federation")).withQueryParam("from", WireMock.matching(".+"))
                .willReturn(okJson(RANGE)));
    }

    @Test
    void aRangeIsAskedAsFromToAndShownSideBySideWithoutTargets() throws Exception {
        stubFederation();
        String page = html("/reports/federation?period=range&from=2026-01&to=2026-03", gina);
        assertThat(page).contains("janvier 2026 – mars 2026").contains(">54<").contains(">31<")
                .contains("pas d’objectif sur une période (les objectifs sont mensuels)")
                .contains("data-reveals=\"conditional-period-range\" checked=\"checked\"")
                .contains("href=\"/reports/federation.csv?period=range&amp;from=2026-01&amp;to=2026-03\"")
                .doesNotContain("govuk-error-summary");
        String participants = page.substring(page.indexOf(">Participants aux activités<"));
        participants = participants.substring(0, participants.indexOf("</tr>"));
        assertThat(participants).contains("moins de 5").contains(">7<").doesNotContain("Oui").doesNotContain("Non");
        API.verify(getRequestedFor(urlPathEqualTo("/api/reports/federation")).withQueryParam("from", equalTo("2026-01"))
                .withQueryParam("to", equalTo("2026-03")).withQueryParam("month", absent())
                .withHeader("Authorization", equalTo("Bearer " + accessToken("gina"))));
    }

    @Test
    void aQuarterOrAYearIsTheRangeOfItsMonthsAndAMonthStaysAMonth() throws Exception {
        stubFederation();
        html("/reports/federation?period=quarter&quarter=2025-Q2", gina);
        API.verify(getRequestedFor(urlPathEqualTo("/api/reports/federation")).withQueryParam("from", equalTo("2025-04"))
                .withQueryParam("to", equalTo("2025-06")).withQueryParam("month", absent()));
        html("/reports/federation?period=year&year=2025", gina);
        API.verify(getRequestedFor(urlPathEqualTo("/api/reports/federation")).withQueryParam("from", equalTo("2025-01"))
                .withQueryParam("to", equalTo("2025-12")));
        String month = html("/reports/federation?month=2026-10", gina);
        assertThat(month).contains("octobre 2026").contains("href=\"/reports/federation.csv?month=2026-10\"")
                .doesNotContain("pas d’objectif sur une période (les objectifs sont mensuels)");
        API.verify(getRequestedFor(urlPathEqualTo("/api/reports/federation")).withQueryParam("month", equalTo("2026-10"))
                .withQueryParam("from", absent()));
    }

    @Test
    void aRangeTypedWrongIsSaidAtTheTopAndBesideTheFieldsWithoutAskingTheApiForIt() throws Exception {
        stubFederation();
        String page = html("/reports/federation?period=range&from=2026-05&to=2026-02", gina);
        assertThat(page).contains("govuk-error-summary").contains("href=\"#to\"").contains("id=\"to-error\"")
                .contains("Le mois de fin doit être le mois de début ou après.")
                .contains("<option value=\"2026-05\" selected=\"selected\"");
        assertThat(page.indexOf("govuk-error-summary")).isLessThan(page.indexOf("<h1"));
        String missing = html("/reports/federation?period=range&from=&to=2026-01&lang=nl", gina);
        assertThat(missing).contains("id=\"from-error\"").contains("Van de maand").contains("De federatie");
        String english = html("/reports/federation?period=range&from=2022-01&to=2026-01&lang=en", gina);
        assertThat(english).contains("id=\"to-error\"").contains("The federation");
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/reports/federation")).withQueryParam("from", WireMock.matching(".*")));
        // meanwhile the current month is shown
        String now = YearMonth.now(ZoneId.of("Europe/Brussels")).toString();
        API.verify(3, getRequestedFor(urlPathEqualTo("/api/reports/federation")).withQueryParam("month", equalTo(now)));
    }

    @Test
    void theApisRefusalOfARangeIsShownAtTheTopAndBesideTheFields() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/federation")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":400,\"errors\":[{\"field\":\"from\",\"code\":\"invalid\",\"message\":\"x\"}]}")));
        String page = html("/reports/federation?period=range&from=2026-01&to=2026-02", gina);
        assertThat(page).contains("govuk-error-summary").contains("href=\"#from\"").contains("id=\"from-error\"")
                .doesNotContain("Participants aux activités");
    }

    @Test
    void theRangeDownloadsAsCsvNamedAfterIt() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/federation")).withHeader("Accept", equalTo("text/csv;charset=UTF-8"))
                .willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody("from,to\r\n")));
        mvc.perform(get("/reports/federation.csv?period=range&from=2026-01&to=2026-03").with(gina))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString(
                        "filename=\"foyer-federation-2026-01-2026-03.csv\"")));
        API.verify(getRequestedFor(urlPathEqualTo("/api/reports/federation")).withQueryParam("from", equalTo("2026-01"))
                .withQueryParam("to", equalTo("2026-03")).withQueryParam("delimiter", equalTo("semicolon")));
    }

    @Test
    void anyMembersCoordinatorReadsTheSameFederationAndOtherRolesMayNot() throws Exception {
        stubFederation();
        html("/reports/federation?period=range&from=2026-01&to=2026-03", signedIn("chloe", "infirmiers-de-rue", "coordinator"));
        API.verify(getRequestedFor(urlPathEqualTo("/api/reports/federation")).withQueryParam("from", equalTo("2026-01"))
                .withQueryParam("organisation", absent()).withQueryParam("programme", absent()));
        API.resetRequests();
        for (var user : List.of(signedIn("alice", "smes", "staff"), signedIn("victor", "smes", "volunteer"),
                signedIn("fatou", "smes", "facilitator"))) {
            for (String path : List.of("/reports/federation?period=range&from=2026-01&to=2026-03",
                    "/reports/federation.csv?period=range&from=2026-01&to=2026-03")) {
                mvc.perform(get(path).with(user)).andExpect(status().isForbidden());
            }
        }
        assertThat(API.getAllServeEvents()).isEmpty();
    }

    @Test
    void theApiRefusingOrNotFindingItShowsTheNotAllowedOrNotFoundPage() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/federation")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":403}")));
        mvc.perform(get("/reports/federation?period=year&year=2025").with(signedIn("chloe", "diogenes", "coordinator")))
                .andExpect(status().isForbidden());
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/federation")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));
        mvc.perform(get("/reports/federation?period=year&year=2025").with(signedIn("chloe", "diogenes", "coordinator")))
                .andExpect(status().isNotFound());
    }
}
