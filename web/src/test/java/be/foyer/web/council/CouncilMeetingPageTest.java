package be.foyer.web.council;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** /council/meetings/{id}: time, place, agenda in order with who proposed it, decisions; reordering. */
class CouncilMeetingPageTest extends CouncilPageTest {

    @Test
    void theMeetingShowsItsAgendaInOrderWithNamesNeverIds() throws Exception {
        meetingM1();
        String page = html(MockMvcRequestBuilders.get("/council/meetings/m-1").with(alice()));
        assertThat(page).contains("Conseil des locataires").contains("1 décembre 2026").contains("18:00 – 20:00")
                .contains("Maison de quartier").contains("Rue Haute 1, 1000 Bruxelles").contains("Prévue")
                .contains("Ordre du jour").contains("Au nom de Sara (Smes)")
                .contains("Au nom d’un locataire de Diogènes").contains("Proposé par Infirmiers de rue")
                .contains("On en reparle en mars")
                .doesNotContain(">i-1<").doesNotContain(">m-1<").doesNotContain("bob");
        assertThat(page.indexOf("Un potager sur le toit")).isLessThan(page.indexOf("Le chauffage de la salle"));
        assertThat(page.indexOf("Le chauffage de la salle")).isLessThan(page.indexOf("Les horaires de la buanderie"));
        assertThat(page).contains("Décisions").contains("href=\"/council/decisions/d-1\"")
                .contains("Installer des bacs à légumes").contains("7 pour, 1 contre, 2 abstention(s)")
                .contains("1 février 2027").contains("En cours")
                .contains("href=\"/council/meetings/m-1/summary\"").contains("href=\"/council/decisions\"");
    }

    @Test
    void staffProposeItemsButNeitherReorderNorWriteMinutes() throws Exception {
        meetingM1();
        String page = html(MockMvcRequestBuilders.get("/council/meetings/m-1").with(alice()));
        assertThat(page).contains("href=\"/council/meetings/m-1/agenda-items/new\"")
                .doesNotContain("Monter").doesNotContain("Descendre")
                .doesNotContain("/council/meetings/m-1/minutes").doesNotContain("/council/meetings/m-1/decisions/new")
                .doesNotContain("/council/meetings/m-1/move").doesNotContain("/council/meetings/m-1/cancel");
    }

    @Test
    void volunteersReadTheMeetingWithoutActions() throws Exception {
        meetingM1();
        String page = html(MockMvcRequestBuilders.get("/council/meetings/m-1").with(eva()));
        assertThat(page).contains("Un potager sur le toit").doesNotContain("/agenda-items/new")
                .doesNotContain("Monter");
    }

    @Test
    void facilitatorsGetEveryAction() throws Exception {
        meetingM1();
        String page = html(MockMvcRequestBuilders.get("/council/meetings/m-1").with(farid()));
        assertThat(page).contains("href=\"/council/meetings/m-1/minutes\"")
                .contains("href=\"/council/meetings/m-1/decisions/new\"")
                .contains("href=\"/council/meetings/m-1/move\"").contains("href=\"/council/meetings/m-1/cancel\"")
                .contains("action=\"/council/meetings/m-1/agenda-items/i-2/move\"")
                .contains("Monter").contains("Descendre");
    }

    @Test
    void theMeetingSpeaksDutch() throws Exception {
        meetingM1();
        String page = html(MockMvcRequestBuilders.get("/council/meetings/m-1").with(alice()).param("lang", "nl"));
        assertThat(page).contains("Huurdersraad").contains("Agenda").contains("Namens Sara (Smes)")
                .contains("Namens een huurder van Diogènes").contains("Beslissingen").contains("Bezig")
                .contains("1 december 2026").contains("Gepland");
    }

    @Test
    void movingAnItemDownPutsTheWholeNewOrder() throws Exception {
        meetingM1();
        API.stubFor(put("/api/council/meetings/m-1/agenda-items/order").willReturn(okJson(meeting(DECEMBER_FIRST))));
        mvc.perform(MockMvcRequestBuilders.post("/council/meetings/m-1/agenda-items/i-1/move").with(farid())
                        .with(csrf()).param("direction", "down"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/council/meetings/m-1#agenda"))
                .andExpect(flash().attribute("success", "L’ordre du jour est modifié."));
        API.verify(putRequestedFor(urlEqualTo("/api/council/meetings/m-1/agenda-items/order"))
                .withRequestBody(equalToJson("{\"itemIds\":[\"i-2\",\"i-1\",\"i-3\"]}")));
    }

    @Test
    void movingTheLastItemUpPutsItBeforeTheOneAbove() throws Exception {
        meetingM1();
        API.stubFor(put("/api/council/meetings/m-1/agenda-items/order").willReturn(okJson(meeting(DECEMBER_FIRST))));
        mvc.perform(MockMvcRequestBuilders.post("/council/meetings/m-1/agenda-items/i-3/move").with(farid())
                .with(csrf()).param("direction", "up")).andExpect(status().isFound());
        API.verify(putRequestedFor(urlEqualTo("/api/council/meetings/m-1/agenda-items/order"))
                .withRequestBody(equalToJson("{\"itemIds\":[\"i-1\",\"i-3\",\"i-2\"]}")));
    }

    @Test
    void aRefusedOrderIsSaidInABanner() throws Exception {
        meetingM1();
        API.stubFor(put("/api/council/meetings/m-1/agenda-items/order").willReturn(problem(400,
                "{\"status\":400,\"errors\":[{\"field\":\"itemIds\",\"code\":\"invalid\",\"message\":\"must list every item\"}]}")));
        mvc.perform(MockMvcRequestBuilders.post("/council/meetings/m-1/agenda-items/i-3/move").with(farid())
                        .with(csrf()).param("direction", "up"))
                .andExpect(flash().attribute("problem", "L’ordre du jour a changé entre-temps : rien n’a été déplacé. "
                        + "Regardez-le à nouveau puis recommencez."));
    }

    @Test
    void reorderingWithoutCsrfIsRefused() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/council/meetings/m-1/agenda-items/i-1/move").with(farid())
                .param("direction", "down")).andExpect(status().isForbidden());
        API.verify(0, putRequestedFor(urlEqualTo("/api/council/meetings/m-1/agenda-items/order")));
    }

    @Test
    void staffWhoTryToReorderGetTheNotAllowedPage() throws Exception {
        meetingM1();
        API.stubFor(put("/api/council/meetings/m-1/agenda-items/order").willReturn(problem(403, "{\"status\":403}")));
        mvc.perform(MockMvcRequestBuilders.post("/council/meetings/m-1/agenda-items/i-1/move").with(alice())
                .with(csrf()).param("direction", "down")).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownMeetingIsNotFound() throws Exception {
        API.stubFor(get("/api/council/meetings/m-x").willReturn(problem(404, "{\"status\":404}")));
        mvc.perform(MockMvcRequestBuilders.get("/council/meetings/m-x").with(alice())).andExpect(status().isNotFound());
    }

    @Test
    void theAnalystGetsTheNotAllowedPage() throws Exception {
        API.stubFor(get("/api/council/meetings/m-1").willReturn(problem(403, "{\"status\":403}")));
        mvc.perform(MockMvcRequestBuilders.get("/council/meetings/m-1").with(analyst()))
                .andExpect(status().isForbidden());
    }
}
