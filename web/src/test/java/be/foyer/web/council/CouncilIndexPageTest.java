package be.foyer.web.council;

import be.foyer.events.BrusselsTime;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import be.foyer.web.support.DateFormats;

/** /council: the next meetings, the past ones a page at a time, and the way to plan and to the decisions log. */
class CouncilIndexPageTest extends CouncilPageTest {

    private static final LocalDate TODAY = LocalDate.now(BrusselsTime.ZONE);

    private static void meetings(String past) {
        API.stubFor(get(urlPathEqualTo("/api/council/meetings")).withQueryParam("from", equalTo(TODAY.toString()))
                .willReturn(okJson("{\"items\":[" + meeting(DECEMBER_FIRST)
                + "],\"page\":0,\"size\":5,\"total\":1}")));
        API.stubFor(get(urlPathEqualTo("/api/council/meetings")).withQueryParam("to", equalTo(TODAY.minusDays(1).toString()))
                .willReturn(okJson(past)));
    }

    @Test
    void nextAndPastMeetingsLinkToTheirPages() throws Exception {
        String held = meeting(LocalDateTime.of(2026, 11, 3, 18, 0)).replace("\"id\":\"m-1\"", "\"id\":\"m-0\"")
                .replace("SCHEDULED", "HELD");
        meetings("{\"items\":[" + held + "],\"page\":0,\"size\":10,\"total\":25}");
        String page = html(MockMvcRequestBuilders.get("/council").with(alice()));
        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Conseil des locataires</h1>")
                .contains("Prochaines réunions").contains("href=\"/council/meetings/m-1\"").contains("1 décembre 2026")
                .contains("Réunions passées").contains("href=\"/council/meetings/m-0\"").contains("3 novembre 2026")
                .contains("Tenue").contains("3 points à l’ordre du jour, 1 décision")
                .contains("href=\"/council/decisions\"").contains("href=\"/council?page=1\"")
                .doesNotContain("/council/meetings/new");
        API.verify(getRequestedFor(urlEqualTo("/api/council/meetings?to=" + TODAY.minusDays(1) + "&page=0&size=10")));
    }

    @Test
    void thePageAskedIsThePastPageShown() throws Exception {
        meetings("{\"items\":[],\"page\":2,\"size\":10,\"total\":25}");
        String page = html(MockMvcRequestBuilders.get("/council").param("page", "2").with(alice()));
        assertThat(page).contains("href=\"/council?page=1\"");
        API.verify(getRequestedFor(urlEqualTo("/api/council/meetings?to=" + TODAY.minusDays(1) + "&page=2&size=10")));
    }

    @Test
    void facilitatorsMayPlanMeetings() throws Exception {
        meetings("{\"items\":[],\"page\":0,\"size\":10,\"total\":0}");
        String page = html(MockMvcRequestBuilders.get("/council").with(farid()));
        assertThat(page).contains("href=\"/council/meetings/new\"").contains("Planifier des réunions")
                .contains("Aucune réunion passée.");
    }

    @Test
    void theListSpeaksDutch() throws Exception {
        meetings("{\"items\":[],\"page\":0,\"size\":10,\"total\":0}");
        String page = html(MockMvcRequestBuilders.get("/council").with(eva()).param("lang", "nl"));
        assertThat(page).contains("Huurdersraad").contains("Volgende vergaderingen").contains("1 december 2026")
                .contains("3 punten op de agenda, 1 beslissing");
    }

    @Test
    void theAnalystIsSentToTheDecisionsLog() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/council/meetings")).willReturn(problem(403, "{\"status\":403}")));
        mvc.perform(MockMvcRequestBuilders.get("/council").with(analyst()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/council/decisions"));
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/council/meetings")));
    }
}
