package be.foyer.web.housing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import be.foyer.web.PageTest;

/** Page tests of the housing pages: alice (staff of smes) and the API's answers they need. */
public abstract class HousingPageTest extends PageTest {

    protected static final String PROBLEM = "application/problem+json";

    protected RequestPostProcessor alice() {
        return signedIn("alice", "smes", "staff");
    }

    /** The page's HTML after a 200. */
    protected String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    protected static ResponseDefinitionBuilder problem(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", PROBLEM).withBody(body);
    }

    protected static ResponseDefinitionBuilder unavailable() {
        return problem(503, "{\"status\":503,\"detail\":\"service unavailable\"}");
    }

    /** tenant-service names these people (id, first name, last name) when asked by ids. */
    protected static void tenantsNamed(String... idFirstLast) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < idFirstLast.length; i += 3) {
            items.append(items.isEmpty() ? "" : ",").append("{\"id\":\"").append(idFirstLast[i])
                    .append("\",\"firstName\":\"").append(idFirstLast[i + 1]).append("\",\"lastName\":\"")
                    .append(idFirstLast[i + 2]).append("\",\"status\":\"HOUSED\"}");
        }
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(
                "{\"items\":[" + items + "],\"page\":0,\"size\":100,\"total\":" + idFirstLast.length / 3 + "}")));
    }

    /** What the file's header reads for tenant t-1: the file (this JSON) and its consents (none given). */
    protected static void fileOfT1(String tenantJson) {
        API.stubFor(get("/api/tenants/t-1").willReturn(okJson(tenantJson)));
        API.stubFor(get("/api/tenants/t-1/consents").willReturn(okJson("{\"tenantId\":\"t-1\",\"consents\":[]}")));
    }

    protected static String list(String items, int total) {
        return "{\"items\":[" + items + "],\"page\":0,\"size\":20,\"total\":" + total + "}";
    }
}
