package be.foyer.web.tenants.followups;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;

/** The API answers of one tenant's file (Hélène Dubois, t-1), as tenant-service and housing-service give them. */
final class TenantFileApi {

    static final String TENANT = """
            {"id":"t-1","firstName":"Hélène","lastName":"Dubois","preferredName":"Lena","status":"HOUSED",
             "referentWorkers":["alice","bruno"],"assignedVolunteers":["eva"],
             "statusHistory":[{"status":"STREET","changedOn":"2025-03-03","changedBy":"alice"},
                              {"status":"HOUSED","changedOn":"2025-11-20","changedBy":"housing"}],
             "registeredOn":"2025-03-03","registeredBy":"alice"}""";

    static final String CONSENTS = """
            {"tenantId":"t-1","consents":[{"purpose":"FEDERATION_STATISTICS","granted":true},
             {"purpose":"SHARED_ACTIVITIES","granted":false},{"purpose":"PHOTO","granted":true}]}""";

    static final String TENANCIES = """
            {"items":[{"id":"ty-1","tenantId":"t-1","dwellingLabel":"Rue de la Victoire 7/1, 1060 Saint-Gilles",
              "moveInDate":"2025-11-20","running":true}],"page":0,"size":20,"total":1}""";

    static final String PLANNED = """
            {"items":[{"id":"f-9","date":"2030-12-03","time":"14:30","status":"PLANNED","mode":"ACCOMPANIMENT",
              "durationMinutes":90,"place":{"id":"p-1","name":"Hôpital Saint-Pierre","category":"HEALTH"},
              "domains":["HEALTH"],"note":"Bring the papers","recordedBy":"alice",
              "recordedAt":"2026-11-29T10:00:00Z","corrections":[]}],"page":0,"size":50,"total":1}""";

    static final String TIMELINE = """
            {"items":[
             {"id":"f-1","date":"2026-03-04","status":"DONE","mode":"PHONE","durationMinutes":30,
              "domains":["HEALTH","BUDGET"],"note":"Called about the rent","healthNote":"Coughing a lot",
              "recordedBy":"alice","recordedAt":"2026-03-04T09:15:00Z",
              "corrections":[{"correctedAt":"2026-03-05T08:00:00Z","correctedBy":"bruno","reason":"It was 30 minutes, not 10"}]},
             {"id":"f-2","date":"2026-03-02","status":"WITHDRAWN","mode":"HOME_VISIT","durationMinutes":60,
              "domains":[],"recordedBy":"alice","recordedAt":"2026-03-02T16:00:00Z","corrections":[],
              "withdrawal":{"withdrawnAt":"2026-03-03T10:00:00Z","withdrawnBy":"alice","reason":"Entered on the wrong file"}}],
             "page":0,"size":20,"total":2}""";

    private TenantFileApi() {
    }

    /** The file, its consents, its dwelling, one appointment and a timeline of two entries. */
    static void stubFile(WireMockServer api) {
        api.stubFor(get("/api/tenants/t-1").willReturn(okJson(TENANT)));
        api.stubFor(get("/api/tenants/t-1/consents").willReturn(okJson(CONSENTS)));
        api.stubFor(get(urlPathEqualTo("/api/tenancies")).withQueryParam("tenantId", equalTo("t-1"))
                .willReturn(okJson(TENANCIES)));
        api.stubFor(get(urlPathEqualTo("/api/tenants/t-1/follow-ups")).atPriority(5).willReturn(okJson(TIMELINE)));
        api.stubFor(get(urlPathEqualTo("/api/tenants/t-1/follow-ups")).atPriority(1)
                .withQueryParam("status", equalTo("PLANNED")).willReturn(okJson(PLANNED)));
    }
}
