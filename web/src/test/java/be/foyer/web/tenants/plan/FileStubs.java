package be.foyer.web.tenants.plan;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** The API's answers the file's section pages read, for the page tests of the plan, profile, consents and privacy. */
public final class FileStubs {

    public static final String TENANT = """
            {"id":"t-1","firstName":"Hélène","lastName":"Dubois","preferredName":"Lena","birthDate":"1985-07-30",
             "languages":["fr","ar"],"phone":"+32 470 12 34 56","whatsApp":"0470/12.34.56",
             "household":{"adults":1,"children":2},"referentWorkers":["alice"],"assignedVolunteers":["eva"],
             "nationalRegisterNumber":"85.07.30-033.28","status":"SEARCHING",
             "statusHistory":[{"status":"STREET","changedOn":"2026-01-10","changedBy":"alice","changedAt":"2026-01-10T09:00:00Z"},
                              {"status":"SEARCHING","changedOn":"2026-03-03","changedBy":"housing","changedAt":"2026-03-03T09:00:00Z"}],
             "relays":[{"id":"r-1","service":"CPAS","date":"2026-02-01","handoverUntil":"2026-12-31",
                        "contact":"Mme Peeters, 02 555 00 00","recordedBy":"alice"}],
             "registeredOn":"2026-01-10","registeredBy":"alice"}""";

    /** What a volunteer gets: no national register number, no relays. */
    public static final String TENANT_FOR_VOLUNTEER = """
            {"id":"t-1","firstName":"Hélène","lastName":"Dubois","preferredName":"Lena","birthDate":"1985-07-30",
             "languages":["fr"],"referentWorkers":["alice"],"assignedVolunteers":["eva"],"status":"SEARCHING",
             "statusHistory":[{"status":"SEARCHING","changedOn":"2026-03-03","changedBy":"alice"}],
             "registeredOn":"2026-01-10","registeredBy":"alice"}""";

    public static final String PROBLEM = "application/problem+json";

    private FileStubs() {
    }

    /** The file and what its header reads besides it: consents (none given) and tenancies (none). */
    public static void tenant(WireMockServer api, String json) {
        api.stubFor(get("/api/tenants/t-1").willReturn(okJson(json)));
        api.stubFor(get("/api/tenants/t-1/consents").willReturn(okJson("{\"tenantId\":\"t-1\",\"consents\":[]}")));
        api.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/tenancies"))
                .willReturn(okJson("{\"items\":[],\"page\":0,\"size\":20,\"total\":0}")));
    }

    /** Another organisation's (or an unknown) tenant: the API answers 404 to everything about it. */
    public static void otherOrganisation(WireMockServer api) {
        api.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/api/tenants/t-other.*"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", PROBLEM)
                        .withBody("{\"status\":404,\"title\":\"Not Found\"}")));
    }

    /** A 400 problem naming these errors, e.g. {@code {"field":"x","code":"required","message":"is required"}}. */
    public static ResponseDefinitionBuilder badRequest(String... errors) {
        return aResponse().withStatus(400).withHeader("Content-Type", PROBLEM)
                .withBody("{\"status\":400,\"detail\":\"Invalid request\",\"errors\":[" + String.join(",", errors) + "]}");
    }

    public static ResponseDefinitionBuilder unavailable() {
        return aResponse().withStatus(503).withHeader("Content-Type", PROBLEM)
                .withBody("{\"status\":503,\"detail\":\"tenant-service is unavailable\"}");
    }
}
