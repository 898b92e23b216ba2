package be.foyer.web.council.decisions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import be.foyer.web.PageTest;

/** Page tests of the decision pages: the council's people and the API-11 shapes they read. */
abstract class DecisionPageTestBase extends PageTest {

    static final String D1 = "6f1c2a4e-8b1d-4c2e-9a11-000000000001";
    static final String M1 = "7a2b3c4d-0000-4000-8000-0000000000m1";
    static final String A1 = "9e8d7c6b-1111-4111-8111-0000000000a1";

    /** A decision of the council of 1 December 2026, Smes takes care of it by 15 January 2027. */
    static final String DECISION = """
            {"id":"%s","meetingId":"%s","meetingDate":"2026-12-01","text":"Réparer la machine à laver de la buanderie",
             "agendaItemId":null,"votesFor":7,"votesAgainst":1,"abstentions":2,"ownerOrganisation":"smes",
             "dueDate":"2027-01-15","status":"IN_PROGRESS","links":[]}""".formatted(D1, M1);

    RequestPostProcessor farid() {
        return signedIn("farid", "smes", "facilitator");
    }

    RequestPostProcessor carla() {
        return signedIn("carla", "diogenes", "coordinator");
    }

    RequestPostProcessor alice() {
        return signedIn("alice", "smes", "staff");
    }

    RequestPostProcessor analyst() {
        return signedIn("fiona", null, "federation-analyst");
    }

    /** The page's HTML after a 200, each run of white space as one space (so that assertions ignore layout). */
    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()
                .replaceAll("\\s+", " ");
    }

    static ResponseDefinitionBuilder problem(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(body);
    }

    static ResponseDefinitionBuilder unavailable() {
        return problem(503, "{\"status\":503,\"detail\":\"service unavailable\"}");
    }

    static String list(String items, int page, int size, long total) {
        return "{\"items\":[" + items + "],\"page\":" + page + ",\"size\":" + size + ",\"total\":" + total + "}";
    }
}
