package be.foyer.web.calendar.activity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import be.foyer.web.PageTest;

/** API-11 shapes of one weekly workshop organised by smes, and the people who use its pages. */
abstract class ActivityPageTestBase extends PageTest {

    static final String A = "a-1";
    static final String O = "a-1@2026-12-10T14:00";
    static final String DATE_PAGE = "/calendar/activities/a-1/occurrences/a-1@2026-12-10T14:00";

    /** How ApiClient sends the occurrence id in a path: {@code @} and {@code :} encoded (the API decodes them). */
    static final String OCCURRENCE_API = "/api/activities/a-1/occurrences/a-1%402026-12-10T14%3A00";

    static final String ACTIVITY = """
            {"id":"a-1","organisation":"smes","title":"Atelier d’écriture","description":"On écrit ensemble.",
             "category":"WORKSHOP","visibility":"FEDERATION","place":{"name":"Maison de quartier","address":"Rue Haute 1, 1000 Bruxelles","category":"CULTURE"},
             "recurring":true,"capacity":8,"costCents":0,"status":"SCHEDULED"}""";

    static String occurrence(String startsAt, long placesLeft, long waitlisted) {
        return """
                {"occurrenceId":"a-1@2026-12-10T14:00","activityId":"a-1","organisation":"smes","title":"Atelier d’écriture",
                 "category":"WORKSHOP","place":{"name":"Maison de quartier"},"start":"2026-12-10T14:00","end":"2026-12-10T16:00",
                 "startsAt":"%s","endsAt":"2026-12-10T15:00:00Z","status":"SCHEDULED","recurring":true,"moved":false,
                 "capacity":8,"placesTaken":%d,"placesLeft":%d,"waitlisted":%d}""".formatted(startsAt, 8 - placesLeft,
                placesLeft, waitlisted);
    }

    static final String PARTICIPANTS = """
            {"occurrenceId":"a-1@2026-12-10T14:00","capacity":8,"placesTaken":8,"waitlisted":1,
             "byOrganisation":[{"organisation":"smes","confirmed":2,"waitlisted":1},{"organisation":"diogenes","confirmed":6,"waitlisted":0}],
             "items":[{"id":"r-1","organisation":"smes","tenantId":"t-1","firstName":"Marc","status":"CONFIRMED","position":null,"presence":null,"promotedAt":"2026-12-01T09:30:00Z"},
                      {"id":"r-2","organisation":"smes","tenantId":"t-2","firstName":"Sara","status":"WAITLISTED","position":1,"presence":null},
                      {"id":"r-4","organisation":"smes","tenantId":"t-4","firstName":null,"status":"CONFIRMED","position":null,"presence":"PRESENT"},
                      {"id":"r-3","organisation":"diogenes","tenantId":null,"firstName":"Ali","status":"CONFIRMED","position":null,"presence":null}],
             "attendedTenants":null,"outsideParticipants":{"NEIGHBOUR":0,"PUPIL":0,"RELATIVE":0,"OTHER":0},"outsideTotal":null,
             "page":0,"size":200,"total":4}""";

    static void dateStubbed(String startsAt) {
        API.stubFor(get("/api/activities/a-1").willReturn(okJson(ACTIVITY)));
        API.stubFor(get(urlEqualTo(OCCURRENCE_API))
                .willReturn(okJson(occurrence(startsAt, 0, 1))));
        API.stubFor(get(urlPathEqualTo("/api/activities/a-1/registrations")).willReturn(okJson(PARTICIPANTS)));
        API.stubFor(get(urlPathEqualTo("/api/tenants")).withQueryParam("ids", equalTo("t-1,t-2,t-4"))
                .willReturn(okJson(OUR_TENANTS)));
    }

    /** What tenant-service answers for our rows: registrations keep a first name only when one was typed. */
    static final String OUR_TENANTS = """
            {"items":[{"id":"t-1","firstName":"Marc","lastName":"Vandenberghe"},{"id":"t-2","firstName":"Sara"},
                      {"id":"t-4","firstName":"Nadia","lastName":"Benali"}],"page":0,"size":100,"total":3}""";

    static void dateStubbed() {
        dateStubbed("2026-12-10T13:00:00Z");
    }

    RequestPostProcessor alice() {
        return signedIn("alice", "smes", "staff");
    }

    RequestPostProcessor bruno() {
        return signedIn("bruno", "diogenes", "staff");
    }

    RequestPostProcessor farid() {
        return signedIn("farid", null, "facilitator");
    }

    RequestPostProcessor analyst() {
        return signedIn("ana", null, "federation-analyst");
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static ResponseDefinitionBuilder problem(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(body);
    }

    static ResponseDefinitionBuilder notFound() {
        return problem(404, "{\"status\":404,\"detail\":\"not found\"}");
    }
}
