package be.foyer.web.calendar.planning;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import be.foyer.web.PageTest;

/** Page tests of the planning pages: who signs in, and the API's answers they need. */
abstract class PlanningPageTest extends PageTest {

    static final String ACTIVITY = """
            {"id":"a-1","organisation":"smes","title":"Atelier d'écriture","description":"On écrit ensemble.",
             "category":"WORKSHOP","visibility":"FEDERATION",
             "place":{"id":"p-1","name":"Maison de quartier","address":"Rue Haute 1","category":"CULTURE"},
             "start":"2027-01-05T14:00","end":"2027-01-05T16:00","timeZone":"Europe/Brussels","recurring":true,
             "recurrence":"FREQ=MONTHLY;BYDAY=1TU;COUNT=6","exceptions":[],"capacity":8,
             "registrationClosesHoursBefore":24,"costCents":250,"accessibility":"Rez-de-chaussée","status":"SCHEDULED"}""";

    RequestPostProcessor farid() {
        return signedIn("farid", "federation", "facilitator");
    }

    RequestPostProcessor alice() {
        return signedIn("alice", "smes", "staff");
    }

    RequestPostProcessor eva() {
        return signedIn("eva", "smes", "volunteer");
    }

    RequestPostProcessor analyst() {
        return signedIn("nora", null, "federation-analyst");
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static ResponseDefinitionBuilder problem(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(body);
    }

    static ResponseDefinitionBuilder created(String body) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(body);
    }
}
