package be.foyer.web.calendar;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import be.foyer.web.housing.HousingPageTest;

/** /calendar/subscribe lists the user's links (names, dates, state) and stops them one by one after a confirmation. */
class CalendarFeedLinksPageTest extends HousingPageTest {

    private static final String FEED = "/api/activities/calendar-feed";
    private static final String LINKS = FEED + "/links";

    /** Made 29 Nov 2026 (CET), used 1 Dec 2026 14:30 Brussels, expires 29 Nov 2027, follows the council. */
    private static final String PHONE = "{\"id\":\"l-phone\",\"label\":\"Téléphone\",\"createdAt\":\"2026-11-29T09:00:00Z\","
            + "\"lastUsedAt\":\"2026-12-01T13:30:00Z\",\"expiresAt\":\"2027-11-29T09:00:00Z\",\"followCouncil\":true,"
            + "\"status\":\"ACTIVE\"}";
    /** No label, never used, expired. */
    private static final String OLD = "{\"id\":\"l-old\",\"label\":null,\"createdAt\":\"2025-03-02T10:00:00Z\","
            + "\"lastUsedAt\":null,\"expiresAt\":\"2026-03-02T10:00:00Z\",\"followCouncil\":false,\"status\":\"EXPIRED\"}";
    private static final String SUSPENDED = "{\"id\":\"l-was\",\"label\":\"Ancien poste\",\"createdAt\":\"2026-06-01T10:00:00Z\","
            + "\"lastUsedAt\":null,\"expiresAt\":\"2027-06-01T10:00:00Z\",\"followCouncil\":false,\"status\":\"SUSPENDED\"}";

    private static void myLinks(int page, int total, String... links) {
        API.stubFor(get(FEED).willReturn(okJson("{\"active\":1,\"followCouncil\":true}")));
        API.stubFor(get(urlPathEqualTo(LINKS)).withQueryParam("page", equalTo(String.valueOf(page)))
                .willReturn(okJson("{\"items\":[" + String.join(",", links) + "],\"page\":" + page + ",\"size\":10,"
                        + "\"total\":" + total + "}")));
    }

    /** What the confirmation reads: the user's list, 100 a page. */
    private static void lookup(String... links) {
        API.stubFor(get(urlEqualTo(LINKS + "?page=0&size=100")).willReturn(okJson(
                "{\"items\":[" + String.join(",", links) + "],\"page\":0,\"size\":100,\"total\":" + links.length + "}")));
    }

    @Test
    void theListNamesEachLinkWithItsDatesAndAStopButtonNeverItsAddressOrId() throws Exception {
        myLinks(0, 3, PHONE, OLD, SUSPENDED);
        String page = html(MockMvcRequestBuilders.get("/calendar/subscribe").with(alice()));
        API.verify(getRequestedFor(urlEqualTo(LINKS + "?page=0&size=10"))
                .withHeader("Authorization", equalTo("Bearer " + accessToken("alice"))));
        assertThat(page).contains("Mes liens").contains("Téléphone").contains("Créé le").contains("29 novembre 2026")
                .contains("Dernière utilisation").contains("1 décembre 2026").contains("14:30")
                .contains("Expire le").contains("29 novembre 2027").contains("Incluses")
                // an unnamed link is named by its creation date; an expired one says so
                .contains("Lien du 2 mars 2025").contains("Pas encore utilisé").contains("Expiré le")
                .contains("2 mars 2026").contains("Sa date d’expiration est passée.")
                .contains("Arrêté").contains("Vous n’avez plus le rôle ou l’organisation")
                .contains("href=\"/calendar/subscribe/links/l-phone/revoke\"")
                .contains("href=\"/calendar/subscribe/links/l-old/revoke\"")
                .contains("Arrêter ce lien<span class=\"govuk-visually-hidden\"> : Téléphone</span>")
                .doesNotContain("calendar.ics").doesNotContain(">l-phone<").doesNotContain("??");
    }

    @Test
    void theListIsPagedTenAtATime() throws Exception {
        myLinks(1, 12, PHONE);
        String page = html(MockMvcRequestBuilders.get("/calendar/subscribe").param("page", "1").with(alice()));
        API.verify(getRequestedFor(urlEqualTo(LINKS + "?page=1&size=10")));
        assertThat(page).contains("href=\"/calendar/subscribe\"").contains("govuk-pagination");
    }

    @Test
    void dutchAndEnglish() throws Exception {
        myLinks(0, 2, PHONE, OLD);
        String dutch = html(MockMvcRequestBuilders.get("/calendar/subscribe").param("lang", "nl").with(alice()));
        assertThat(dutch).contains("Mijn links").contains("Gemaakt op").contains("29 november 2026")
                .contains("Vervalt op").contains("29 november 2027").contains("Link van 2 maart 2025")
                .contains("Vervallen op").contains("Deze link stopzetten").contains("Naam van de link");
        String english = html(MockMvcRequestBuilders.get("/calendar/subscribe").param("lang", "en").with(alice()));
        assertThat(english).contains("My links").contains("Expires on").contains("November 29, 2027")
                .contains("Stop this link");
    }

    @Test
    void aVolunteerSeesTheirLinksToo() throws Exception {
        myLinks(0, 1, PHONE);
        String page = html(MockMvcRequestBuilders.get("/calendar/subscribe")
                .with(signedIn("eva", "habitat-et-humanisme", "volunteer")));
        assertThat(page).contains("Téléphone");
        API.verify(getRequestedFor(urlEqualTo(LINKS + "?page=0&size=10"))
                .withHeader("Authorization", equalTo("Bearer " + accessToken("eva"))));
    }

    @Test
    void aLabelIsSentWithTheNewLinkAndItsRefusalShownBesideIt() throws Exception {
        API.stubFor(post(FEED).willReturn(okJson("{\"url\":\"/api/calendar.ics?token=t\"}").withStatus(201)));
        mvc.perform(MockMvcRequestBuilders.post("/calendar/subscribe").param("label", "  Téléphone ")
                .with(alice()).with(csrf())).andExpect(redirectedUrl("/calendar/subscribe"));
        API.verify(postRequestedFor(urlEqualTo(FEED))
                .withRequestBody(equalToJson("{\"followCouncil\":false,\"label\":\"Téléphone\"}")));

        API.stubFor(post(FEED).willReturn(problem(400,
                "{\"status\":400,\"errors\":[{\"field\":\"label\",\"code\":\"too_long\",\"message\":\"at most 60\"}]}")));
        String page = html(MockMvcRequestBuilders.post("/calendar/subscribe").param("label", "x".repeat(61))
                .with(alice()).with(csrf()));
        assertThat(page).contains("govuk-error-summary").contains("href=\"#label\"").contains("id=\"label-error\"")
                .contains("Nom du lien : 60 caractères au plus.").contains("value=\"" + "x".repeat(61) + "\"");
    }

    @Test
    void stoppingOneLinkAsksFirstByItsNameThenStopsOnlyIt() throws Exception {
        lookup(PHONE, OLD);
        String confirm = html(MockMvcRequestBuilders.get("/calendar/subscribe/links/l-phone/revoke").with(alice()));
        assertThat(confirm).contains("Arrêter le lien « Téléphone » ?").contains("créé le 29 novembre 2026")
                .contains("Vos autres liens continuent de fonctionner.").contains("Oui, arrêter ce lien")
                .contains("action=\"/calendar/subscribe/links/l-phone/revoke\"").contains("href=\"/calendar/subscribe\"");
        API.verify(0, deleteRequestedFor(urlPathEqualTo(LINKS + "/l-phone")));

        API.stubFor(delete(LINKS + "/l-phone").willReturn(noContent()));
        mvc.perform(MockMvcRequestBuilders.post("/calendar/subscribe/links/l-phone/revoke").with(alice()).with(csrf()))
                .andExpect(redirectedUrl("/calendar/subscribe"))
                .andExpect(flash().attribute("success", "Le lien « Téléphone » est arrêté."));
        API.verify(1, deleteRequestedFor(urlEqualTo(LINKS + "/l-phone")));
        API.verify(0, deleteRequestedFor(urlEqualTo(FEED)));
    }

    @Test
    void anUnnamedLinkIsConfirmedByItsDateInDutch() throws Exception {
        lookup(OLD);
        String confirm = html(MockMvcRequestBuilders.get("/calendar/subscribe/links/l-old/revoke").param("lang", "nl")
                .with(alice()));
        assertThat(confirm).contains("De link „Link van 2 maart 2025” stopzetten?").contains("Ja, deze link stopzetten")
                .doesNotContain(">l-old<");
    }

    @Test
    void aLinkThatIsNotMineIsNotFoundAndNothingIsStopped() throws Exception {
        // bruno's link (another organisation) or a colleague's: the API never lists it to alice
        lookup(PHONE);
        mvc.perform(MockMvcRequestBuilders.get("/calendar/subscribe/links/l-brunos/revoke").with(alice()))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.post("/calendar/subscribe/links/l-brunos/revoke").with(alice()).with(csrf()))
                .andExpect(status().isNotFound());
        API.verify(0, deleteRequestedFor(urlPathEqualTo(LINKS + "/l-brunos")));

        // gone meanwhile (revoked in another tab): the API's 404 is the not-found page
        lookup(PHONE);
        API.stubFor(delete(LINKS + "/l-phone").willReturn(problem(404, "{\"status\":404}")));
        mvc.perform(MockMvcRequestBuilders.post("/calendar/subscribe/links/l-phone/revoke").with(alice()).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anOutageWhileStoppingSaysSoOnTheConfirmation() throws Exception {
        lookup(PHONE);
        API.stubFor(delete(LINKS + "/l-phone").willReturn(unavailable()));
        String page = html(MockMvcRequestBuilders.post("/calendar/subscribe/links/l-phone/revoke").with(alice()).with(csrf()));
        assertThat(page).contains("L’agenda et le conseil sont momentanément indisponibles")
                .contains("Arrêter le lien « Téléphone » ?");
    }

    @Test
    void theAnalystAndPostsWithoutCsrfChangeNothing() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/calendar/subscribe/links/l-phone/revoke")
                .with(signedIn("fanny", null, "federation-analyst"))).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/calendar/subscribe/links/l-phone/revoke")
                .with(signedIn("fanny", null, "federation-analyst")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/calendar/subscribe/links/l-phone/revoke").with(alice()))
                .andExpect(status().isForbidden());
        API.verify(0, getRequestedFor(urlPathEqualTo(LINKS)));
        API.verify(0, deleteRequestedFor(urlPathEqualTo(LINKS + "/l-phone")));
    }
}
