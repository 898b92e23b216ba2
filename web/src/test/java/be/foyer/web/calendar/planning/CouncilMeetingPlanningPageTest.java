package be.foyer.web.calendar.planning;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.FlashMap;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** /council/meetings/new, /council/meetings/{id}/cancel and /move (facilitators). */
class CouncilMeetingPlanningPageTest extends PlanningPageTest {

    private static final String MEETING = """
            {"id":"m-1","start":"2027-01-05T18:00","end":"2027-01-05T20:00","status":"SCHEDULED",
             "placeName":"Maison de quartier","seriesMeetings":[{"id":"m-1","start":"2027-01-05T18:00"},
             {"id":"m-2","start":"2027-02-02T18:00"},{"id":"m-3","start":"2027-03-02T18:00"}]}""";

    @Test
    void theFormOffersThePickerWithoutNever() throws Exception {
        String page = html(MockMvcRequestBuilders.get("/council/meetings/new").with(farid()));
        assertThat(page).contains("Planifier le conseil des locataires").contains("Chaque mois")
                .contains("Un nombre de fois").doesNotContain("Sans date de fin").contains("data-draft=\"council-new\"");
        assertThat(html(MockMvcRequestBuilders.get("/council/meetings/new").with(farid()).param("lang", "nl")))
                .contains("De huurdersraad plannen");
    }

    @Test
    void aMonthlySeriesIsSentWithItsRuleAndSaidInWords() throws Exception {
        API.stubFor(post("/api/council/meetings").willReturn(created(MEETING)));
        mvc.perform(plan().param("repeat", "MONTHLY").param("monthlyBy", "WEEKDAY").param("monthOrdinal", "1")
                        .param("monthWeekday", "TU").param("ends", "COUNT").param("count", "3"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/council/meetings/m-1"))
                .andExpect(flash().attribute("success",
                        "Le conseil est planifié : 3 réunions, Tous les premiers mardis du mois, 3 fois."));
        API.verify(postRequestedFor(urlEqualTo("/api/council/meetings")).withRequestBody(equalToJson("""
                {"start":"2027-01-05T18:00","recurrence":"FREQ=MONTHLY;BYDAY=1TU;COUNT=3",
                 "placeName":"Maison de quartier","placeAddress":"Rue Haute 1"}""")));
    }

    @Test
    void theMeetingPageShowsTheBannerAndClearsTheDraft() throws Exception {
        API.stubFor(post("/api/council/meetings").willReturn(created(MEETING)));
        FlashMap flash = mvc.perform(plan()).andExpect(redirectedUrl("/council/meetings/m-1")).andReturn().getFlashMap();
        API.stubFor(get("/api/council/meetings/m-1").willReturn(okJson("""
                {"id":"m-1","start":"2027-01-05T18:00","end":"2027-01-05T20:00","timeZone":"Europe/Brussels",
                 "placeName":"Maison de quartier","status":"SCHEDULED","agenda":[],"attendance":[],"tenantsPresent":0,"decisions":[]}""")));
        String page = html(MockMvcRequestBuilders.get("/council/meetings/m-1").with(farid()).flashAttrs(flash));
        assertThat(page).contains("govuk-notification-banner--success").contains("data-draft-clear=\"council-new\"")
                .contains("C’est fait").contains((String) flash.get("success"));
    }

    @Test
    void aSeriesMustEndAndTooManyMeetingsLandOnTheCount() throws Exception {
        String never = html(plan().param("repeat", "MONTHLY").param("monthlyBy", "WEEKDAY").param("monthOrdinal", "1")
                .param("monthWeekday", "TU").param("ends", "NEVER"));
        assertThat(never).contains("<a href=\"#ends\">Choisissez quand la série s’arrête.</a>");
        API.verify(0, postRequestedFor(urlEqualTo("/api/council/meetings")));

        API.stubFor(post("/api/council/meetings").willReturn(problem(400,
                "{\"status\":400,\"errors\":[{\"field\":\"recurrence\",\"code\":\"too_many\",\"message\":\"at most 24 meetings\"}]}")));
        String tooMany = html(plan().param("repeat", "WEEKLY").param("weekDays", "TU").param("ends", "COUNT")
                .param("count", "40"));
        assertThat(tooMany).contains("<a href=\"#count\">Une série du conseil compte au plus 24 réunions.</a>")
                .contains("id=\"count-error\"").contains("value=\"40\"");
    }

    @Test
    void onlyFacilitatorsPlanTheCouncil() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/council/meetings/new").with(alice())).andExpect(status().isForbidden());
        mvc.perform(plan().with(alice())).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/council/meetings/m-1/cancel").with(alice())).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/council/meetings/m-1/move").with(eva())).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/council/meetings/new").with(farid()).param("start", "2027-01-05"))
                .andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(urlEqualTo("/api/council/meetings")));
    }

    @Test
    void cancellingAndMovingAMeeting() throws Exception {
        API.stubFor(get("/api/council/meetings/m-1").willReturn(okJson(MEETING)));
        assertThat(html(MockMvcRequestBuilders.get("/council/meetings/m-1/cancel").with(farid())))
                .contains("La réunion du 5 janvier 2027, 18:00 n’aura pas lieu.");
        API.stubFor(patch(urlEqualTo("/api/council/meetings/m-1")).willReturn(okJson(MEETING.replace("SCHEDULED", "CANCELLED"))));
        mvc.perform(MockMvcRequestBuilders.post("/council/meetings/m-1/cancel").with(farid()).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/council/meetings/m-1"));
        API.verify(patchRequestedFor(urlEqualTo("/api/council/meetings/m-1")).withRequestBody(equalToJson("{\"status\":\"CANCELLED\"}")));

        API.resetRequests();
        mvc.perform(MockMvcRequestBuilders.post("/council/meetings/m-1/move").with(farid()).with(csrf())
                .param("start", "2027-01-12").param("startTime", "18:00").param("end", ""))
                .andExpect(status().isFound());
        API.verify(patchRequestedFor(urlEqualTo("/api/council/meetings/m-1"))
                .withRequestBody(equalToJson("{\"start\":\"2027-01-12T18:00\",\"end\":\"2027-01-12T20:00\"}")));
    }

    @Test
    void aHeldMeetingIsSaidInPlainWordsAndAnUnknownOneIsNotFound() throws Exception {
        API.stubFor(get("/api/council/meetings/m-1").willReturn(okJson(MEETING)));
        API.stubFor(patch(urlEqualTo("/api/council/meetings/m-1")).willReturn(problem(409,
                "{\"status\":409,\"detail\":\"This meeting is HELD; it can no longer be changed.\"}")));
        assertThat(html(MockMvcRequestBuilders.post("/council/meetings/m-1/move").with(farid()).with(csrf())
                .param("start", "2027-01-12").param("startTime", "18:00").param("end", "20:00")))
                .contains("Cette réunion a déjà eu lieu : elle ne peut plus être annulée ni déplacée.")
                .contains("value=\"2027-01-12\"");
        API.stubFor(get("/api/council/meetings/m-x").willReturn(problem(404, "{\"status\":404}")));
        mvc.perform(MockMvcRequestBuilders.get("/council/meetings/m-x/move").with(farid())).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder plan() {
        return MockMvcRequestBuilders.post("/council/meetings/new").with(farid()).with(csrf())
                .param("start", "2027-01-05").param("startTime", "18:00").param("end", "")
                .param("placeName", "Maison de quartier").param("placeAddress", "Rue Haute 1");
    }
}
