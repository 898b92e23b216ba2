package be.foyer.tenants;

import static be.foyer.platform.test.TestTokens.nameOf;
import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.chloe;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static be.foyer.platform.test.TestTokens.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.platform.test.FoyerServiceTest;

/** Who reaches which tenant file: organisations, volunteers' assignments, roles without access to case files. */
@FoyerServiceTest
class TenantAccessTest {

    record Endpoint(HttpMethod method, String path, String body, boolean volunteersMayUse) {
        String url(String tenantId) {
            return "/api/tenants/" + tenantId + path;
        }
    }

    /** Every endpoint on one tenant, with a body that would be accepted. */
    static final List<Endpoint> ON_A_TENANT = List.of(
            new Endpoint(HttpMethod.GET, "", null, true),
            new Endpoint(HttpMethod.PATCH, "", "{\"lastName\":\"Changed\"}", false),
            new Endpoint(HttpMethod.DELETE, "", null, false),
            new Endpoint(HttpMethod.GET, "/follow-ups", null, true),
            new Endpoint(HttpMethod.POST, "/follow-ups",
                    "{\"date\":\"2026-01-05\",\"mode\":\"PHONE\",\"durationMinutes\":30}", true),
            new Endpoint(HttpMethod.GET, "/support-plan", null, true),
            new Endpoint(HttpMethod.PUT, "/support-plan",
                    "{\"goals\":[{\"domain\":\"HOUSING\",\"description\":\"Find a flat\"}]}", false),
            new Endpoint(HttpMethod.GET, "/consents", null, false),
            new Endpoint(HttpMethod.PUT, "/consents",
                    "{\"consents\":[{\"purpose\":\"PHOTO\",\"granted\":true}]}", false),
            new Endpoint(HttpMethod.POST, "/relays", "{\"service\":\"CPAS\"}", false),
            new Endpoint(HttpMethod.GET, "/export", null, false));

    static final Endpoint READS = new Endpoint(HttpMethod.GET, "/reads", null, false);

    @Autowired
    MockMvc http;

    @Autowired
    MongoDatabase database;

    TenantHttp api;

    @BeforeEach
    void setUp() {
        api = new TenantHttp(http);
    }

    int call(Endpoint endpoint, String tenantId, RequestPostProcessor user) throws Exception {
        var request = request(endpoint.method(), endpoint.url(tenantId)).with(user);
        if (endpoint.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(endpoint.body());
        }
        return http.perform(request).andReturn().getResponse().getStatus();
    }

    Document stored(String id) {
        Document document = database.getCollection("tenants").find(Filters.eq("_id", id)).first();
        document.remove("outbox"); // the relay empties it in the background
        return document;
    }

    @Test
    void every_endpoint_answers_404_to_another_organisation_and_changes_nothing() throws Exception {
        String id = api.register(alice(), "Nadia", "Organisation");
        String chloes = api.register(chloe(), "Claire", "Coordinated");
        Document before = stored(id);

        for (Endpoint endpoint : ON_A_TENANT) {
            assertThat(call(endpoint, id, bruno())).as(endpoint.method() + " " + endpoint.path()).isEqualTo(404);
        }
        assertThat(call(READS, chloes, user("coord", "coordinator", "diogenes"))).isEqualTo(404);
        assertThat(call(READS, id, chloe())).isEqualTo(404);

        assertThat(stored(id)).isEqualTo(before);
        assertThat(database.getCollection("follow_ups").countDocuments(Filters.eq("tenantId", id))).isZero();
        assertThat(database.getCollection("support_plan_revisions").countDocuments(Filters.eq("tenantId", id)))
                .isZero();
        http.perform(get("/api/tenants/" + id).with(alice())).andExpect(status().isOk());
    }

    @Test
    void an_unknown_id_answers_404_like_another_organisations() throws Exception {
        for (Endpoint endpoint : ON_A_TENANT) {
            assertThat(call(endpoint, "no-such-tenant", alice())).as(endpoint.method() + " " + endpoint.path())
                    .isEqualTo(404);
        }
    }

    @Test
    void facilitators_and_federation_analysts_reach_no_tenant_file() throws Exception {
        String id = api.register(alice(), "Farida", "Faraway");
        for (RequestPostProcessor outsider : List.of(farid(), gina())) {
            for (Endpoint endpoint : ON_A_TENANT) {
                assertThat(call(endpoint, id, outsider)).as(endpoint.method() + " " + endpoint.path()).isEqualTo(403);
            }
            assertThat(call(READS, id, outsider)).isEqualTo(403);
            http.perform(get("/api/tenants").with(outsider)).andExpect(status().isForbidden());
            api.post("/api/tenants", outsider, "{\"firstName\":\"X\",\"lastName\":\"Y\"}")
                    .andExpect(status().isForbidden());
        }
        http.perform(get("/api/tenants/" + id)).andExpect(status().isUnauthorized());
    }

    @Test
    void a_volunteer_reaches_only_assigned_tenants_and_only_what_volunteers_may_do() throws Exception {
        RequestPostProcessor worker = user("hhworker", "staff", "habitat-et-humanisme");
        String assigned = api.register(worker, "{\"firstName\":\"Assigned\",\"lastName\":\"Person\","
                + "\"assignedVolunteers\":[\"eva\"],\"nationalRegisterNumber\":\"85.07.30-033.28\"}");
        String unassigned = api.register(worker, "Unassigned", "Person");

        for (Endpoint endpoint : ON_A_TENANT) {
            int expected = endpoint.volunteersMayUse() ? 404 : 403;
            assertThat(call(endpoint, unassigned, eva())).as(endpoint.method() + " " + endpoint.path())
                    .isEqualTo(expected);
            if (!endpoint.volunteersMayUse()) {
                assertThat(call(endpoint, assigned, eva())).as(endpoint.method() + " " + endpoint.path())
                        .isEqualTo(403);
            }
        }
        assertThat(call(READS, assigned, eva())).isEqualTo(403);
        api.post("/api/tenants", eva(), "{\"firstName\":\"X\",\"lastName\":\"Y\"}").andExpect(status().isForbidden());

        http.perform(get("/api/tenants").with(eva()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(assigned));
        http.perform(get("/api/tenants/" + assigned).with(eva()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.firstName").value("Assigned"))
                .andExpect(jsonPath("$.nationalRegisterNumber").doesNotExist())
                .andExpect(jsonPath("$.relays").doesNotExist());
        http.perform(get("/api/tenants/" + assigned + "/support-plan").with(eva())).andExpect(status().isOk());
    }

    @Test
    void a_volunteer_logs_follow_ups_but_never_reads_or_writes_a_health_note() throws Exception {
        RequestPostProcessor worker = user("hhworker", "staff", "habitat-et-humanisme");
        String id = api.register(worker, "{\"firstName\":\"Noted\",\"lastName\":\"Person\","
                + "\"assignedVolunteers\":[\"eva\"]}");
        String url = "/api/tenants/" + id + "/follow-ups";
        api.followUp(worker, id, "{\"date\":\"2026-01-05\",\"mode\":\"OFFICE\",\"durationMinutes\":45,"
                + "\"domains\":[\"HEALTH\"],\"note\":\"Talked about the flat\",\"healthNote\":\"Diabetes follow-up\"}");

        api.post(url, eva(), "{\"date\":\"2026-01-06\",\"mode\":\"PHONE\",\"durationMinutes\":10,"
                + "\"healthNote\":\"Coughing\"}")
                .andExpect(status().isForbidden());
        assertThat(database.getCollection("follow_ups").countDocuments(Filters.eq("tenantId", id))).isEqualTo(1);
        api.followUp(eva(), id, "{\"date\":\"2026-01-06\",\"mode\":\"PHONE\",\"durationMinutes\":10,"
                + "\"note\":\"Called about Thursday\"}");

        String asVolunteer = http.perform(get(url).with(eva())).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[1].note").value("Talked about the flat"))
                .andReturn().getResponse().getContentAsString();
        assertThat(asVolunteer).doesNotContain("healthNote").doesNotContain("Diabetes");
        http.perform(get(url).with(worker))
                .andExpect(jsonPath("$.items[1].healthNote").value("Diabetes follow-up"))
                .andExpect(jsonPath("$.items[0].recordedBy").value(nameOf("eva")));
    }
}
