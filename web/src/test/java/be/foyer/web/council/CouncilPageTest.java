package be.foyer.web.council;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import be.foyer.web.PageTest;

/**
 * Page tests of the council pages: farid (facilitator), alice (staff of smes), eva (volunteer of smes), the analyst,
 * and meeting m-1 as API-11 gives it: two agenda items (one on behalf of Sara, with her consent, one on behalf of a
 * tenant of Diogènes without it) and one decision.
 */
abstract class CouncilPageTest extends PageTest {

    static final String PROBLEM = "application/problem+json";

    /** Meeting m-1, starting at {@code start} (Brussels local time), status SCHEDULED unless changed. */
    static String meeting(LocalDateTime start) {
        return """
                {"id":"m-1","start":"%s","end":"%s","timeZone":"Europe/Brussels","placeName":"Maison de quartier",
                 "placeAddress":"Rue Haute 1, 1000 Bruxelles","facilitator":"farid","status":"SCHEDULED","seriesId":"s-1",
                 "agenda":[
                   {"id":"i-2","title":"Le chauffage de la salle","proposingOrganisation":"diogenes","position":2,
                    "outcome":null,"onBehalfOfTenant":true,"tenantFirstName":null,"proposedBy":"bob"},
                   {"id":"i-1","title":"Un potager sur le toit","proposingOrganisation":"smes","position":1,
                    "outcome":"On en reparle en mars","onBehalfOfTenant":true,"tenantFirstName":"Sara","proposedBy":"alice"},
                   {"id":"i-3","title":"Les horaires de la buanderie","proposingOrganisation":"infirmiers-de-rue","position":3,
                    "outcome":null,"onBehalfOfTenant":false,"tenantFirstName":null,"proposedBy":"farid"}],
                 "minutes":null,"attendance":[],"tenantsPresent":0,
                 "decisions":[{"id":"d-1","meetingId":"m-1","meetingDate":"%s","text":"Installer des bacs à légumes",
                   "agendaItemId":"i-1","votesFor":7,"votesAgainst":1,"abstentions":2,"ownerOrganisation":"smes",
                   "dueDate":"2027-02-01","status":"IN_PROGRESS"}]}"""
                .formatted(start, start.plusHours(2), start.toLocalDate());
    }

    static final LocalDateTime DECEMBER_FIRST = LocalDateTime.of(2026, 12, 1, 18, 0);

    static void meetingM1() {
        API.stubFor(get("/api/council/meetings/m-1").willReturn(okJson(meeting(DECEMBER_FIRST))));
    }

    RequestPostProcessor farid() {
        return signedIn("farid", null, "facilitator");
    }

    RequestPostProcessor alice() {
        return signedIn("alice", "smes", "staff");
    }

    RequestPostProcessor eva() {
        return signedIn("eva", "smes", "volunteer");
    }

    RequestPostProcessor analyst() {
        return signedIn("ana", null, "federation-analyst");
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static ResponseDefinitionBuilder problem(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", PROBLEM).withBody(body);
    }

    static ResponseDefinitionBuilder unavailable() {
        return problem(503, "{\"status\":503,\"detail\":\"service unavailable\"}");
    }
}
