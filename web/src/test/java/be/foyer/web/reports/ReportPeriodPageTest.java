package be.foyer.web.reports;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.github.tomakehurst.wiremock.client.WireMock;

import be.foyer.web.PageTest;

/** The period picker of the dashboard and the programme page, and the coordinator's programme first. */
class ReportPeriodPageTest extends PageTest {

    static final String RANGE = """
            {"from":"2026-01","to":"2026-03","organisation":"infirmiers-de-rue","indicators":{
              "tenantsMetIndividually":{"value":31},"distinctParticipants":{"value":"<5"}}}""";

    static final String PROGRAMME_MONTH = """
            {"month":"2026-10","programme":"reaffiliation-hf","organisations":["smes","diogenes","infirmiers-de-rue","new-samusocial"],
             "indicators":{"distinctParticipants":{"value":36,"target":40,"met":false},
               "transversalTeamMeetings":{"value":"<5","target":null,"met":null}}}""";

    private final RequestPostProcessor chloe = signedIn("chloe", "infirmiers-de-rue", "coordinator");

    private String html(String path, RequestPostProcessor user) throws Exception {
        return mvc.perform(get(path).with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static void stubOrganisation(String body) {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/monthly")).withQueryParam("programme", absent())
                .willReturn(okJson(body)));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/trends")).willReturn(okJson(ReportPagesTest.trends("2026-03"))));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/programmes")).willReturn(okJson(ReportPagesTest.PROGRAMMES)));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/monthly")).withQueryParam("programme", equalTo("reaffiliation-hf"))
                .willReturn(okJson(PROGRAMME_MONTH)));
    }

    @Test
    void aRangeIsAskedAsFromToAndShownWithoutTargets() throws Exception {
        stubOrganisation(RANGE);
        String page = html("/reports?period=range&from=2026-01&to=2026-03", chloe);
        assertThat(page).contains("janvier 2026 – mars 2026").contains("31")
                .contains("pas d’objectif sur une période").doesNotContain(" sur 20")
                .contains("href=\"/reports/monthly.csv?period=range&amp;from=2026-01&amp;to=2026-03\"")
                // the people not met is a month's list: not offered for a range
                .doesNotContain("notMetIn");
        String own = page.substring(page.indexOf("Infirmiers de rue : janvier 2026 – mars 2026"));
        String participants = own.substring(own.indexOf("Participants aux activités"));
        participants = participants.substring(0, participants.indexOf("</li>"));
        assertThat(participants).contains("moins de 5").doesNotContain("objectif");
        API.verify(getRequestedFor(urlPathEqualTo("/api/reports/monthly")).withQueryParam("from", equalTo("2026-01"))
                .withQueryParam("to", equalTo("2026-03")).withQueryParam("month", absent())
                .withQueryParam("programme", absent()));
        API.verify(getRequestedFor(urlPathEqualTo("/api/reports/trends")).withQueryParam("to", equalTo("2026-03")));
    }

    @Test
    void aQuarterAndAYearAreRangesOfTheirMonthsEndingNoLaterThanThisMonth() throws Exception {
        stubOrganisation(RANGE);
        html("/reports?period=quarter&quarter=2025-Q2", chloe);
        API.verify(getRequestedFor(urlPathEqualTo("/api/reports/monthly")).withQueryParam("from", equalTo("2025-04"))
                .withQueryParam("to", equalTo("2025-06")).withQueryParam("programme", absent()));
        String now = YearMonth.now(ZoneId.of("Europe/Brussels")).toString();
        String page = html("/reports?period=year&year=" + now.substring(0, 4), chloe);
        API.verify(getRequestedFor(urlPathEqualTo("/api/reports/monthly")).withQueryParam("from", equalTo(now.substring(0, 4) + "-01"))
                .withQueryParam("to", equalTo(now)).withQueryParam("programme", absent()));
        assertThat(page).contains("data-reveals=\"conditional-period-year\" checked=\"checked\"").contains("Une année").contains("Un trimestre");
    }

    @Test
    void aRangeTypedWrongIsSaidBesideTheFieldsWithoutAskingTheApi() throws Exception {
        stubOrganisation(ReportPagesTest.MONTHLY);
        String page = html("/reports?period=range&from=2026-05&to=2026-02", chloe);
        assertThat(page).contains("govuk-error-summary").contains("href=\"#to\"").contains("id=\"to-error\"")
                .contains("Le mois de fin doit être le mois de début ou après.")
                .contains("<option value=\"2026-05\" selected=\"selected\"");
        String tooLong = html("/reports?period=range&from=2022-01&to=2026-01", chloe);
        assertThat(tooLong).contains("Une période compte au plus 36 mois.").contains("id=\"to-error\"");
        String missing = html("/reports?period=range&from=&to=2026-01&lang=nl", chloe);
        assertThat(missing).contains("id=\"from-error\"").contains("Van de maand");
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/reports/monthly")).withQueryParam("from", WireMock.matching(".*")));
    }

    @Test
    void theApisRefusalOfARangeIsShownBesideTheFields() throws Exception {
        stubOrganisation(ReportPagesTest.MONTHLY);
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/monthly")).withQueryParam("from", equalTo("2026-01"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":400,\"errors\":[{\"field\":\"from\",\"code\":\"invalid\",\"message\":\"x\"}]}")));
        String page = html("/reports?period=range&from=2026-01&to=2026-02", chloe);
        assertThat(page).contains("govuk-error-summary").contains("id=\"from-error\"");
    }

    @Test
    void theCoordinatorsDashboardLeadsWithHerProgrammeThenHerOrganisation() throws Exception {
        stubOrganisation(ReportPagesTest.MONTHLY);
        String page = html("/reports?month=2026-10", chloe);
        int programme = page.indexOf("Réaffiliation sociale : octobre 2026");
        int own = page.indexOf("Infirmiers de rue : octobre 2026");
        assertThat(programme).isPositive();
        assertThat(own).isGreaterThan(programme);
        assertThat(page.substring(programme, own)).contains("36 sur 40").contains("moins de 5")
                .contains("href=\"/reports/programmes/reaffiliation-hf?month=2026-10\"");
        assertThat(page.substring(own)).contains("18 sur 20");
        // staff do not read the programme (the API would say 404): their dashboard is their organisation's
        String staff = html("/reports?month=2026-10", signedIn("ines", "infirmiers-de-rue", "staff"));
        assertThat(staff).doesNotContain("Réaffiliation sociale : octobre 2026").contains("18 sur 20");
    }

    @Test
    void theProgrammePageTakesAPeriodToo() throws Exception {
        stubOrganisation(RANGE);
        API.stubFor(WireMock.get(urlPathEqualTo("/api/reports/monthly")).withQueryParam("programme", equalTo("reaffiliation-hf"))
                .willReturn(okJson(RANGE.replace("\"organisation\":\"infirmiers-de-rue\"", "\"programme\":\"reaffiliation-hf\""))));
        String page = html("/reports/programmes/reaffiliation-hf?period=range&from=2026-01&to=2026-03",
                signedIn("gina", null, "federation-analyst"));
        assertThat(page).contains("janvier 2026 – mars 2026")
                .contains("href=\"/reports/programmes/reaffiliation-hf/monthly.csv?period=range&amp;from=2026-01&amp;to=2026-03\"");
        API.verify(getRequestedFor(urlPathEqualTo("/api/reports/monthly")).withQueryParam("programme", equalTo("reaffiliation-hf"))
                .withQueryParam("from", equalTo("2026-01")).withQueryParam("to", equalTo("2026-03")));
    }
}
