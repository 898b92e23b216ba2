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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import be.foyer.web.housing.HousingPageTest;

/** /calendar/subscribe: the private ICS link created (shown once, absolute), with the council or not, and revoked. */
class CalendarSubscribePageTest extends HousingPageTest {

    private static final String FEED = "/api/activities/calendar-feed";

    /** The panel's two reads: how many links work, and the list of them (none here: see CalendarFeedLinksPageTest). */
    private static void feedStatus(int active, boolean followCouncil) {
        API.stubFor(get(FEED).willReturn(okJson("{\"active\":" + active + ",\"followCouncil\":" + followCouncil + "}")));
        API.stubFor(get(urlPathEqualTo(FEED + "/links"))
                .willReturn(okJson("{\"items\":[],\"page\":0,\"size\":10,\"total\":0}")));
    }

    @Test
    void withoutALinkThePanelOffersToCreateOneAndNoRevoke() throws Exception {
        feedStatus(0, false);
        String page = html(MockMvcRequestBuilders.get("/calendar/subscribe").with(alice()));
        API.verify(getRequestedFor(urlEqualTo(FEED)).withHeader("Authorization", equalTo("Bearer " + accessToken("alice"))));
        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Ajouter l’agenda à mon téléphone</h1>")
                .contains("Vous n’avez pas encore de lien.").contains("Inclure les réunions du conseil des locataires")
                .doesNotContain("checked").contains("Créer mon lien privé")
                .doesNotContain("href=\"/calendar/subscribe/revoke\"").doesNotContain("calendar.ics");
    }

    @Test
    void anActiveLinkIsSaidWithoutItsAddressAndCanBeRevoked() throws Exception {
        feedStatus(2, true);
        String page = html(MockMvcRequestBuilders.get("/calendar/subscribe").with(alice()));
        assertThat(page).contains("Vous avez 2 liens en service.")
                .containsPattern("name=\"followCouncil\" value=\"true\"\\s+aria-describedby=\"followCouncil-hint\"\\s+checked=\"checked\"")
                .contains("href=\"/calendar/subscribe/revoke\"").contains("Arrêter tous mes liens")
                .doesNotContain("calendar.ics");
    }

    @Test
    void creatingALinkWithTheCouncilShowsItsFullAddressOnceWithInstructions() throws Exception {
        API.stubFor(post(FEED).willReturn(okJson("{\"url\":\"/api/calendar.ics?token=s3cr3t\"}").withStatus(201)));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(MockMvcRequestBuilders.post("/calendar/subscribe").session(session)
                        .param("followCouncil", "true").with(alice()).with(csrf())
                        .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "foyer.example.be")
                        .header("X-Forwarded-Port", "443"))
                .andExpect(status().is3xxRedirection())
                // behind the gateway the redirect stays on the address the browser uses
                .andExpect(redirectedUrl("https://foyer.example.be/calendar/subscribe"))
                .andExpect(flash().attributeExists("feed"));
        API.verify(postRequestedFor(urlEqualTo(FEED)).withRequestBody(equalToJson("{\"followCouncil\":true}")));

        feedStatus(1, true);
        String page = html(MockMvcRequestBuilders.get("/calendar/subscribe").session(session).with(alice()));
        assertThat(page).contains("Votre lien privé est créé.").contains("Votre lien privé est prêt")
                .contains(">https://foyer.example.be/api/calendar.ics?token=s3cr3t</textarea>")
                .contains("href=\"webcal://foyer.example.be/api/calendar.ics?token=s3cr3t\"")
                .contains("iPhone ou iPad").contains("Android (Google Agenda)").contains("Outlook")
                .contains("Ne le partagez pas.").contains("Créer un nouveau lien");
        // shown once: the next visit says a link is in use, never its address
        String again = html(MockMvcRequestBuilders.get("/calendar/subscribe").session(session).with(alice()));
        assertThat(again).doesNotContain("s3cr3t").contains("Vous avez 1 lien en service.");
    }

    @Test
    void withoutTheCheckboxTheLinkLeavesTheCouncilOut() throws Exception {
        API.stubFor(post(FEED).willReturn(okJson("{\"url\":\"/api/calendar.ics?token=t\"}").withStatus(201)));
        mvc.perform(MockMvcRequestBuilders.post("/calendar/subscribe").with(alice()).with(csrf()))
                .andExpect(redirectedUrl("/calendar/subscribe"));
        API.verify(postRequestedFor(urlEqualTo(FEED)).withRequestBody(equalToJson("{\"followCouncil\":false}")));
    }

    @Test
    void anOutageWhileCreatingKeepsTheChoice() throws Exception {
        API.stubFor(post(FEED).willReturn(unavailable()));
        String page = html(MockMvcRequestBuilders.post("/calendar/subscribe").param("followCouncil", "true")
                .with(alice()).with(csrf()));
        assertThat(page).contains("L’agenda et le conseil sont momentanément indisponibles").contains("n’est pas perdu")
                .containsPattern("name=\"followCouncil\" value=\"true\"\\s+aria-describedby=\"followCouncil-hint\"\\s+checked=\"checked\"");
    }

    @Test
    void aRefusalIsShownAtTheTopAndBesideTheField() throws Exception {
        API.stubFor(post(FEED).willReturn(problem(400,
                "{\"status\":400,\"errors\":[{\"field\":\"followCouncil\",\"code\":\"invalid\",\"message\":\"bad\"}]}")));
        String page = html(MockMvcRequestBuilders.post("/calendar/subscribe").param("followCouncil", "true")
                .with(alice()).with(csrf()));
        assertThat(page).contains("govuk-error-summary").contains("href=\"#followCouncil\"")
                .contains("id=\"followCouncil-error\"");
    }

    @Test
    void revokingAsksFirstThenStopsEveryLink() throws Exception {
        String confirm = html(MockMvcRequestBuilders.get("/calendar/subscribe/revoke").with(alice()));
        assertThat(confirm).contains("Arrêter tous mes liens d’agenda ?").contains("Oui, arrêter tous mes liens")
                .contains("href=\"/calendar/subscribe\"");
        API.verify(0, deleteRequestedFor(urlEqualTo(FEED)));

        API.stubFor(delete(FEED).willReturn(noContent()));
        mvc.perform(MockMvcRequestBuilders.post("/calendar/subscribe/revoke").with(alice()).with(csrf()))
                .andExpect(redirectedUrl("/calendar/subscribe"))
                .andExpect(flash().attribute("success", "Tous vos liens d’agenda sont arrêtés."));
        API.verify(deleteRequestedFor(urlEqualTo(FEED)));
    }

    @Test
    void anOutageWhileRevokingSaysSoOnTheConfirmation() throws Exception {
        API.stubFor(delete(FEED).willReturn(unavailable()));
        String page = html(MockMvcRequestBuilders.post("/calendar/subscribe/revoke").with(alice()).with(csrf()));
        assertThat(page).contains("L’agenda et le conseil sont momentanément indisponibles").contains("Oui, arrêter tous mes liens");
    }

    @Test
    void postsWithoutCsrfAreRefusedAndChangeNothing() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/calendar/subscribe").with(alice())).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/calendar/subscribe/revoke").with(alice()))
                .andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(urlEqualTo(FEED)));
        API.verify(0, deleteRequestedFor(urlEqualTo(FEED)));
    }

    @Test
    void theAnalystGetsNoFeedAndTheApiIsNotAsked() throws Exception {
        for (String path : new String[] {"/calendar/subscribe", "/calendar/subscribe/revoke"}) {
            String page = mvc.perform(MockMvcRequestBuilders.get(path).with(signedIn("fanny", null, "federation-analyst")))
                    .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Accès non autorisé");
        }
        mvc.perform(MockMvcRequestBuilders.post("/calendar/subscribe").with(signedIn("fanny", null, "federation-analyst"))
                .with(csrf())).andExpect(status().isForbidden());
        API.verify(0, getRequestedFor(urlEqualTo(FEED)));
        API.verify(0, postRequestedFor(urlEqualTo(FEED)));
    }

    @Test
    void aRefusalFromTheApiIsTheNotAllowedPage() throws Exception {
        API.stubFor(get(FEED).willReturn(problem(403, "{\"status\":403}")));
        String page = mvc.perform(MockMvcRequestBuilders.get("/calendar/subscribe").with(signedIn("eva", "habitat-et-humanisme", "volunteer")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Accès non autorisé");
    }

    @Test
    void dutch() throws Exception {
        feedStatus(1, false);
        String page = html(MockMvcRequestBuilders.get("/calendar/subscribe").param("lang", "nl").with(alice()));
        assertThat(page).contains("De kalender aan mijn telefoon toevoegen").contains("U hebt 1 link in gebruik.")
                .contains("Ook de vergaderingen van de huurdersraad").contains("Al mijn links stopzetten");
    }
}
