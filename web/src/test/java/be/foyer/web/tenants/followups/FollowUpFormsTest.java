package be.foyer.web.tenants.followups;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import be.foyer.web.PageTest;

/** Quick entry, appointments, corrections and withdrawals: what is posted to the API, and what comes back. */
class FollowUpFormsTest extends PageTest {

    private static final String PROBLEM = "application/problem+json";

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Brussels"));
    }

    /** A radio or checkbox of this name and value, checked. */
    private static java.util.regex.Pattern chosen(String name, String value) {
        return java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"" + value + "\"[^>]*checked");
    }

    private MockHttpServletRequestBuilder postAs(String url, String username, String organisation, String role) {
        return MockMvcRequestBuilders.post(url).with(signedIn(username, organisation, role)).with(csrf());
    }

    @Test
    void theQuickEntryOpensOnTodayInBrusselsWithHalfAnHour() throws Exception {
        TenantFileApi.stubFile(API);
        String page = mvc.perform(MockMvcRequestBuilders.get("/tenants/t-1").with(signedIn("alice", "smes", "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"date\" name=\"date\" value=\"" + today() + "\"")
                .contains("id=\"durationMinutes\" name=\"durationMinutes\" type=\"number\" value=\"30\"")
                .contains("data-reveals=\"conditional-place\"").doesNotContain("aria-expanded").contains("id=\"conditional-place\"")
                .contains("list=\"place-suggestions\"").contains("hx-get=\"/tenants/t-1/follow-ups/places\"");
    }

    @Test
    void anAccompanimentPostsItsPlaceDomainsNotesAndComesBackWithABanner() throws Exception {
        API.stubFor(post("/api/tenants/t-1/follow-ups").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"f-3\"}")));
        mvc.perform(postAs("/tenants/t-1/follow-ups", "alice", "smes", "staff")
                        .param("status", "DONE").param("date", "").param("mode", "ACCOMPANIMENT")
                        .param("durationMinutes", "120").param("placeName", "Musée Magritte")
                        .param("placeCategory", "CULTURE").param("domains", "CULTURE", "MOBILITY")
                        .param("note", "First time in a museum").param("healthNote", "Tired after an hour")
                        .param("time", "09:00"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/tenants/t-1"))
                .andExpect(flash().attribute("success", "Le suivi est enregistré."))
                .andExpect(flash().attribute("draftCleared", "followup-t-1"));
        API.verify(postRequestedFor(urlEqualTo("/api/tenants/t-1/follow-ups")).withRequestBody(equalToJson("""
                {"date":"%s","status":"DONE","mode":"ACCOMPANIMENT","durationMinutes":120,
                 "place":{"name":"Musée Magritte","category":"CULTURE"},"domains":["CULTURE","MOBILITY"],
                 "note":"First time in a museum","healthNote":"Tired after an hour"}""".formatted(today()))));
    }

    @Test
    void theFileAfterSavingShowsTheBannerAndClearsTheDraft() throws Exception {
        TenantFileApi.stubFile(API);
        String page = mvc.perform(MockMvcRequestBuilders.get("/tenants/t-1").flashAttr("success", "Le suivi est enregistré.")
                        .flashAttr("draftCleared", "followup-t-1").with(signedIn("alice", "smes", "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-draft-clear=\"followup-t-1\"").contains("Le suivi est enregistré.");
    }

    @Test
    void aPhoneCallSendsNoPlaceAndAKnownPlaceGetsItsCategory() throws Exception {
        API.stubFor(post("/api/tenants/t-1/follow-ups").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"f-3\"}")));
        mvc.perform(postAs("/tenants/t-1/follow-ups", "alice", "smes", "staff").param("status", "DONE")
                        .param("date", "2026-03-01").param("mode", "PHONE").param("durationMinutes", "15")
                        .param("placeName", "left over").param("note", ""))
                .andExpect(status().isFound());
        API.verify(postRequestedFor(urlEqualTo("/api/tenants/t-1/follow-ups")).withRequestBody(equalToJson("""
                {"date":"2026-03-01","status":"DONE","mode":"PHONE","durationMinutes":15,"domains":[]}""")));

        API.resetRequests();
        API.stubFor(get(urlPathEqualTo("/api/tenants/places")).withQueryParam("q", equalTo("Musée Magritte"))
                .willReturn(okJson("{\"items\":[{\"id\":\"p\",\"name\":\"Musée Magritte\",\"category\":\"CULTURE\"}]}")));
        mvc.perform(postAs("/tenants/t-1/follow-ups", "alice", "smes", "staff").param("status", "DONE")
                        .param("date", "2026-03-01").param("mode", "ACCOMPANIMENT").param("durationMinutes", "60")
                        .param("placeName", "Musée Magritte"))
                .andExpect(status().isFound());
        API.verify(postRequestedFor(urlEqualTo("/api/tenants/t-1/follow-ups")).withRequestBody(equalToJson("""
                {"date":"2026-03-01","status":"DONE","mode":"ACCOMPANIMENT","durationMinutes":60,
                 "place":{"name":"Musée Magritte","category":"CULTURE"},"domains":[]}""")));
    }

    @Test
    void anAppointmentIsPlannedWithItsTime() throws Exception {
        API.stubFor(post("/api/tenants/t-1/follow-ups").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"f-4\"}")));
        mvc.perform(postAs("/tenants/t-1/follow-ups", "alice", "smes", "staff").param("status", "PLANNED")
                        .param("date", "2030-12-03").param("time", "14:30").param("mode", "OFFICE")
                        .param("durationMinutes", "30"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("success", "Le rendez-vous est planifié."));
        API.verify(postRequestedFor(urlEqualTo("/api/tenants/t-1/follow-ups")).withRequestBody(equalToJson("""
                {"date":"2030-12-03","status":"PLANNED","time":"14:30","mode":"OFFICE","durationMinutes":30,
                 "domains":[]}""")));
    }

    @Test
    void aVolunteersEntryNeverCarriesAHealthNote() throws Exception {
        API.stubFor(post("/api/tenants/t-1/follow-ups").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"f-5\"}")));
        mvc.perform(postAs("/tenants/t-1/follow-ups", "eva", "habitat-et-humanisme", "volunteer")
                        .param("status", "DONE").param("date", "2026-03-01").param("mode", "PHONE")
                        .param("durationMinutes", "10").param("healthNote", "typed by hand"))
                .andExpect(status().isFound());
        API.verify(postRequestedFor(urlEqualTo("/api/tenants/t-1/follow-ups")).withRequestBody(equalToJson("""
                {"date":"2026-03-01","status":"DONE","mode":"PHONE","durationMinutes":10,"domains":[]}""")));
    }

    @Test
    void everyRefusedFieldIsNamedAtTheTopAndBesideItAndWhatWasTypedStays() throws Exception {
        TenantFileApi.stubFile(API);
        API.stubFor(post("/api/tenants/t-1/follow-ups").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", PROBLEM).withBody("""
                        {"status":400,"errors":[
                          {"field":"date","code":"in_future","message":"cannot be in the future"},
                          {"field":"durationMinutes","code":"too_small","message":"must be at least 1 minute"},
                          {"field":"place.name","code":"required","message":"is required"},
                          {"field":"place.category","code":"required","message":"is required"}]}""")));
        String page = mvc.perform(postAs("/tenants/t-1/follow-ups", "alice", "smes", "staff")
                        .param("status", "DONE").param("date", "2030-01-01").param("mode", "ACCOMPANIMENT")
                        .param("durationMinutes", "0").param("placeName", " ").param("domains", "HEALTH")
                        .param("note", "Long talk about the flat"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary").contains("Il y a un problème")
                .contains("<a href=\"#date\">Un suivi qui a eu lieu ne peut pas être dans le futur")
                .contains("<a href=\"#durationMinutes\">La durée est d’au moins 1 minute.</a>")
                .contains("<a href=\"#placeName\">Saisissez le lieu de l’accompagnement.</a>")
                .contains("<a href=\"#placeCategory\">Choisissez le type de lieu.</a>")
                .contains("id=\"date-error\"").contains("id=\"durationMinutes-error\"")
                .contains("id=\"placeName-error\"").contains("id=\"placeCategory-error\"")
                .contains("value=\"2030-01-01\"").contains("value=\"0\"").contains("Long talk about the flat")
                .containsPattern(chosen("domains", "HEALTH")).containsPattern(chosen("mode", "ACCOMPANIMENT"))
                // the file is still around the form
                .contains("Hélène Dubois");
    }

    @Test
    void aDurationThatIsNoNumberIsSaidWithoutAskingTheApi() throws Exception {
        TenantFileApi.stubFile(API);
        String page = mvc.perform(postAs("/tenants/t-1/follow-ups", "alice", "smes", "staff")
                        .header("Accept-Language", "en").param("status", "DONE").param("date", "2026-03-01")
                        .param("mode", "PHONE").param("durationMinutes", "half an hour"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The duration is a number of minutes, for example 30.")
                .contains("value=\"half an hour\"");
        API.verify(0, postRequestedFor(urlEqualTo("/api/tenants/t-1/follow-ups")));
    }

    @Test
    void tenantFilesDownWhileSavingKeepsWhatWasTyped() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/tenants/t-1")).willReturn(aResponse().withStatus(503)));
        API.stubFor(post("/api/tenants/t-1/follow-ups").willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", PROBLEM).withBody("{\"status\":503}")));
        String page = mvc.perform(postAs("/tenants/t-1/follow-ups", "alice", "smes", "staff")
                        .param("status", "DONE").param("date", "2026-03-01").param("mode", "STREET")
                        .param("durationMinutes", "45").param("note", "Met near the station")
                        .param("healthNote", "Limping"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Les dossiers des personnes sont momentanément indisponibles.")
                .contains("Ce que vous avez saisi n’est pas perdu")
                .contains("Met near the station").contains("Limping").contains("value=\"45\"")
                .containsPattern(chosen("mode", "STREET")).contains("data-draft=\"followup-t-1\"");
    }

    @Test
    void aPostWithoutCsrfIsRefused() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/tenants/t-1/follow-ups").with(signedIn("alice", "smes", "staff"))
                        .param("mode", "PHONE"))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/tenants/t-1/follow-ups/f-9/outcome")
                        .with(signedIn("alice", "smes", "staff")).param("status", "DONE"))
                .andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(urlPathEqualTo("/api/tenants/t-1/follow-ups")));
        API.verify(0, patchRequestedFor(urlPathEqualTo("/api/tenants/t-1/follow-ups/f-9")));
    }

    @Test
    void anAppointmentMarkedDoneSendsItsStatus() throws Exception {
        API.stubFor(patch(urlEqualTo("/api/tenants/t-1/follow-ups/f-9")).willReturn(okJson("{\"id\":\"f-9\"}")));
        mvc.perform(postAs("/tenants/t-1/follow-ups/f-9/outcome", "alice", "smes", "staff").param("status", "DONE"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/tenants/t-1"))
                .andExpect(flash().attribute("success", "Rendez-vous noté : Effectué."));
        API.verify(patchRequestedFor(urlEqualTo("/api/tenants/t-1/follow-ups/f-9"))
                .withRequestBody(equalToJson("{\"status\":\"DONE\"}")));
    }

    @Test
    void anAppointmentOfAnotherOrganisationIsNotFound() throws Exception {
        API.stubFor(patch(urlEqualTo("/api/tenants/t-other/follow-ups/f-1")).willReturn(aResponse().withStatus(404)));
        mvc.perform(postAs("/tenants/t-other/follow-ups/f-1/outcome", "bruno", "diogenes", "staff")
                        .param("status", "MISSED"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCorrectionPageOpensFilledAndAsksForAReason() throws Exception {
        API.stubFor(get("/api/tenants/t-1/follow-ups/f-1").willReturn(okJson("""
                {"id":"f-1","date":"2026-03-04","status":"DONE","mode":"ACCOMPANIMENT","durationMinutes":90,
                 "place":{"name":"CPAS de Saint-Gilles","category":"ADMINISTRATION"},"domains":["RIGHTS"],
                 "note":"Papers for the rent","healthNote":"Tired","recordedBy":"alice","corrections":[]}""")));
        String page = mvc.perform(MockMvcRequestBuilders.get("/tenants/t-1/follow-ups/f-1/correct")
                        .with(signedIn("alice", "smes", "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Corriger un suivi").contains("value=\"2026-03-04\"").contains("value=\"90\"")
                .contains("value=\"CPAS de Saint-Gilles\"").contains("value=\"ADMINISTRATION\" selected")
                .containsPattern(chosen("domains", "RIGHTS")).contains("Papers for the rent").contains(">Tired<")
                .contains("name=\"reason\"").contains("data-draft=\"followup-correct-f-1\"");
    }

    @Test
    void aCorrectionWithoutReasonShowsTheApisRefusalAndKeepsTheFields() throws Exception {
        API.stubFor(patch(urlEqualTo("/api/tenants/t-1/follow-ups/f-1")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", PROBLEM).withBody("""
                        {"status":400,"errors":[{"field":"reason","code":"required","message":"say why"}]}""")));
        String page = mvc.perform(postAs("/tenants/t-1/follow-ups/f-1/correct", "alice", "smes", "staff")
                        .param("status", "DONE").param("date", "2026-03-04").param("mode", "OFFICE")
                        .param("durationMinutes", "45").param("note", "At the office after all")
                        .param("healthNote", "").param("reason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<a href=\"#reason\">Dites pourquoi.</a>").contains("id=\"reason-error\"")
                .contains("At the office after all").contains("value=\"45\"");
        API.verify(patchRequestedFor(urlEqualTo("/api/tenants/t-1/follow-ups/f-1")).withRequestBody(equalToJson("""
                {"date":"2026-03-04","time":"","mode":"OFFICE","durationMinutes":45,"domains":[],
                 "note":"At the office after all","healthNote":""}""")));
    }

    @Test
    void aCorrectionWithItsReasonIsSavedAndAVolunteerSendsNoHealthNote() throws Exception {
        API.stubFor(patch(urlEqualTo("/api/tenants/t-1/follow-ups/f-1")).willReturn(okJson("{\"id\":\"f-1\"}")));
        mvc.perform(postAs("/tenants/t-1/follow-ups/f-1/correct", "eva", "habitat-et-humanisme", "volunteer")
                        .param("status", "DONE").param("date", "2026-03-04").param("mode", "PHONE")
                        .param("durationMinutes", "20").param("note", "").param("reason", "It was 20 minutes"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/tenants/t-1"))
                .andExpect(flash().attribute("success", "La correction est enregistrée."));
        API.verify(patchRequestedFor(urlEqualTo("/api/tenants/t-1/follow-ups/f-1")).withRequestBody(equalToJson("""
                {"date":"2026-03-04","time":"","mode":"PHONE","durationMinutes":20,"domains":[],"note":"",
                 "reason":"It was 20 minutes"}""")));
    }

    @Test
    void aWithdrawalPostsItsReason() throws Exception {
        API.stubFor(post("/api/tenants/t-1/follow-ups/f-1/withdraw").willReturn(okJson("{\"id\":\"f-1\"}")));
        mvc.perform(postAs("/tenants/t-1/follow-ups/f-1/withdraw", "alice", "smes", "staff")
                        .param("reason", "Entered on the wrong file"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/tenants/t-1"))
                .andExpect(flash().attribute("draftCleared", "followup-withdraw-f-1"));
        API.verify(postRequestedFor(urlEqualTo("/api/tenants/t-1/follow-ups/f-1/withdraw"))
                .withRequestBody(equalToJson("{\"reason\":\"Entered on the wrong file\"}")));
    }

    @Test
    void aWithdrawalWithoutReasonIsRefusedBesideTheField() throws Exception {
        API.stubFor(post("/api/tenants/t-1/follow-ups/f-1/withdraw").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", PROBLEM).withBody("""
                        {"status":400,"errors":[{"field":"reason","code":"required","message":"say why"}]}""")));
        String page = mvc.perform(postAs("/tenants/t-1/follow-ups/f-1/withdraw", "alice", "smes", "staff")
                        .header("Accept-Language", "nl").param("reason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Zeg waarom.").contains("id=\"reason-error\"");
    }
}
