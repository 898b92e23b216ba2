package be.foyer.web.tenants.followups;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import be.foyer.web.PageTest;

/** The file page /tenants/{id}: header, appointments, timeline and its filters, for each role. */
class TenantFilePageTest extends PageTest {

    private String page(String url, String language, String username, String organisation, String role)
            throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).header("Accept-Language", language)
                        .with(signedIn(username, organisation, role)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theFileShowsTheNameStatusHistoryConsentsHomeAndTimelineInFrench() throws Exception {
        TenantFileApi.stubFile(API);
        String page = page("/tenants/t-1", "fr", "alice", "smes", "staff");
        assertThat(page)
                .contains("<title>Hélène Dubois (Lena) – Foyer</title>")
                .contains("Hélène Dubois (Lena)").contains(">Logé<")
                .contains("Historique du statut").contains("3 mars 2025 : En rue (alice)")
                .contains("20 novembre 2025 : Logé (suivi du logement)")
                .contains("Référents : alice, bruno")
                .contains("Statistiques de la fédération").contains(">Photos<").doesNotContain("Activités partagées")
                .contains("Logement : Rue de la Victoire 7/1, 1060 Saint-Gilles, depuis le 20 novembre 2025")
                // upcoming appointment with its actions
                .contains("Rendez-vous à venir").contains("3 décembre 2030 à 14:30")
                .contains("action=\"/tenants/t-1/follow-ups/f-9/outcome\"").contains("Déplacer ou modifier")
                // timeline: translated enums, health note for staff, correction with reason, who and when
                .contains("4 mars 2026 –").contains("Téléphone").contains("Santé, Budget").contains(">Effectué<")
                .contains("Called about the rent").contains("Coughing a lot")
                .contains("Corrigé le 5 mars 2026").contains("par bruno : It was 30 minutes, not 10")
                .contains("par alice, le 4 mars 2026")
                // a withdrawn one: struck through, labelled, with its reason
                .contains("<s>2 mars 2026 –").contains(">Retiré<")
                .contains("par alice : Entered on the wrong file")
                // the quick entry, its one primary action, a draft key, and the sub-navigation's current item
                .contains("Enregistrer le suivi").contains("data-draft=\"followup-t-1\"")
                .contains("name=\"healthNote\"").contains("aria-current=\"page\"")
                .doesNotContain(">t-1<");
        // the quick entry and the filters share the page: every id once (labels, error links, axe)
        java.util.List<String> ids = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(page).results()
                .map(match -> match.group(1)).toList();
        assertThat(ids).doesNotHaveDuplicates().contains("date", "mode", "status", "byMode", "byStatus", "timeline");
    }

    @Test
    void authorsAreReadByNameAndAnIdIsNeverShown() throws Exception {
        TenantFileApi.stubFile(API);
        API.stubFor(get("/api/tenants/t-1").willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                TenantFileApi.TENANT.replace("\"changedBy\":\"alice\"", "\"changedBy\":\"" + AUTHOR_ID + "\""))));
        API.stubFor(get(urlPathEqualTo("/api/tenants/t-1/follow-ups")).atPriority(5)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(TenantFileApi.TIMELINE
                        .replace("\"recordedBy\":\"alice\"", "\"recordedBy\":\"" + AUTHOR_ID + "\"")
                        .replace("\"correctedBy\":\"bruno\"", "\"correctedBy\":\"Bruno Martin\"")
                        .replace("\"withdrawnBy\":\"alice\"", "\"withdrawnBy\":\"" + AUTHOR_ID.toUpperCase() + "\""))));
        String page = page("/tenants/t-1", "fr", "alice", "smes", "staff");
        assertThat(page).doesNotContainIgnoringCase(AUTHOR_ID)
                .contains("3 mars 2025 : En rue (une personne de l’équipe)")
                .contains("par une personne de l’équipe, le 4 mars 2026")
                .contains("par Bruno Martin : It was 30 minutes, not 10")
                .contains("par une personne de l’équipe : Entered on the wrong file");
        String dutch = page("/tenants/t-1", "nl", "alice", "smes", "staff");
        assertThat(dutch).doesNotContainIgnoringCase(AUTHOR_ID).contains("door iemand van het team")
                .contains("door Bruno Martin");
        String english = page("/tenants/t-1", "en", "alice", "smes", "staff");
        assertThat(english).doesNotContainIgnoringCase(AUTHOR_ID).contains("by a team member").contains("by Bruno Martin");
    }

    @Test
    void inDutchTheFileHasDutchLabelsEnumsAndDates() throws Exception {
        TenantFileApi.stubFile(API);
        String page = page("/tenants/t-1?lang=nl", "nl", "alice", "smes", "staff");
        assertThat(page).contains("lang=\"nl\"").contains("Opvolging opslaan").contains("Afspraak plannen")
                .contains("Telefoon").contains("Gezondheid").contains("4 maart 2026").contains("3 maart 2025")
                .contains("Gehuisvest").contains("Geschiedenis van de status");
    }

    @Test
    void theTimelineFiltersGoToTheApi() throws Exception {
        TenantFileApi.stubFile(API);
        page("/tenants/t-1?byMode=PHONE&byDomain=HEALTH&byStatus=DONE&from=2026-01-01&to=2026-03-31&page=1", "fr",
                "alice", "smes", "staff");
        API.verify(getRequestedFor(urlPathEqualTo("/api/tenants/t-1/follow-ups"))
                .withQueryParam("mode", equalTo("PHONE")).withQueryParam("domain", equalTo("HEALTH"))
                .withQueryParam("status", equalTo("DONE")).withQueryParam("from", equalTo("2026-01-01"))
                .withQueryParam("to", equalTo("2026-03-31")).withQueryParam("page", equalTo("1"))
                .withQueryParam("size", equalTo("20")));
    }

    @Test
    void htmxGetsOnlyTheTimelineWithoutReadingTheFileAgain() throws Exception {
        TenantFileApi.stubFile(API);
        String fragment = mvc.perform(MockMvcRequestBuilders.get("/tenants/t-1?byMode=PHONE")
                        .header("HX-Request", "true").header("HX-Target", "timeline")
                        .with(signedIn("alice", "smes", "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).startsWith("<div id=\"timeline\"").contains("Called about the rent")
                .doesNotContain("<html").doesNotContain("Enregistrer le suivi");
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/tenants/t-1")));
        API.verify(getRequestedFor(urlPathEqualTo("/api/tenants/t-1/follow-ups"))
                .withQueryParam("mode", equalTo("PHONE")));
    }

    @Test
    void badFiltersAreNamedAndThePageStillShows() throws Exception {
        TenantFileApi.stubFile(API);
        API.stubFor(get(urlPathEqualTo("/api/tenants/t-1/follow-ups")).atPriority(2)
                .withQueryParam("to", equalTo("2026-01-01")).willReturn(aResponse().withStatus(400)
                        .withHeader("Content-Type", "application/problem+json").withBody("""
                                {"status":400,"errors":[{"field":"to","code":"before_start","message":"x"}]}""")));
        String page = page("/tenants/t-1?from=2026-03-01&to=2026-01-01", "fr", "alice", "smes", "staff");
        assertThat(page).contains("La date de fin est avant la date de début.").contains("value=\"2026-03-01\"");
    }

    @Test
    void aVolunteerSeesNoHealthNoteFieldNoConsentsAndNoHousing() throws Exception {
        TenantFileApi.stubFile(API);
        // the API leaves health notes out for volunteers
        API.stubFor(get(urlPathEqualTo("/api/tenants/t-1/follow-ups")).atPriority(5).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        TenantFileApi.TIMELINE.replace("\"healthNote\":\"Coughing a lot\",", ""))));
        String page = page("/tenants/t-1", "fr", "eva", "habitat-et-humanisme", "volunteer");
        assertThat(page).contains("Hélène Dubois").contains("Enregistrer le suivi")
                .doesNotContain("name=\"healthNote\"").doesNotContain("Note de santé")
                .doesNotContain("Consentements").doesNotContain("Rue de la Victoire")
                .doesNotContain("/tenants/t-1/consents").doesNotContain("/tenants/t-1/privacy");
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/tenants/t-1/consents")));
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/tenancies")));
    }

    @Test
    void housingDownLeavesTheHeaderWithAShortLine() throws Exception {
        TenantFileApi.stubFile(API);
        API.stubFor(get(urlPathEqualTo("/api/tenancies")).willReturn(aResponse().withStatus(503)));
        String page = page("/tenants/t-1", "fr", "alice", "smes", "staff");
        assertThat(page).contains("Hélène Dubois").contains("Logement indisponible pour le moment")
                .contains("Called about the rent");
    }

    @Test
    void anotherOrganisationsFileIsNotFound() throws Exception {
        API.stubFor(get("/api/tenants/t-other").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));
        String page = mvc.perform(MockMvcRequestBuilders.get("/tenants/t-other")
                        .with(signedIn("bruno", "diogenes", "staff")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Page introuvable");
    }

    @Test
    void aFacilitatorMayNotOpenAFile() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/tenants/t-1").with(signedIn("farid", "smes", "facilitator")))
                .andExpect(status().isForbidden());
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/tenants/t-1")));
    }

    @Test
    void theSuccessBannerOfAnotherPageShowsOnTheFile() throws Exception {
        TenantFileApi.stubFile(API);
        String page = mvc.perform(MockMvcRequestBuilders.get("/tenants/t-1").flashAttr("success", "Dossier créé.")
                        .with(signedIn("alice", "smes", "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-notification-banner--success").contains("Dossier créé.");
    }

    @Test
    void placeSuggestionsComeFromThePlacesAlreadyUsed() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/tenants/places")).withQueryParam("q", equalTo("mus"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("""
                        {"items":[{"id":"p-1","name":"Musée Magritte","category":"CULTURE"}],"page":0,"size":10,"total":1}""")));
        String options = mvc.perform(MockMvcRequestBuilders.get("/tenants/t-1/follow-ups/places?placeName=mus")
                        .with(signedIn("alice", "smes", "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(options.replaceAll("\\s+", " "))
                .contains("<option value=\"Musée Magritte\" label=\"Musée Magritte – Culture\">");
    }
}
