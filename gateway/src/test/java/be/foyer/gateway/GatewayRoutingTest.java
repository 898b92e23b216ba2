package be.foyer.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The real gateway against four stub services and a stub JWKS endpoint, with real signed tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GatewayRoutingTest {

    static final StubRealm REALM = new StubRealm();
    static final StubBackend KEYCLOAK = REALM.keycloak;
    static final StubBackend TENANT = new StubBackend("tenant-service");
    static final StubBackend HOUSING = new StubBackend("housing-service");
    static final StubBackend ACTIVITY = new StubBackend("activity-service");
    static final StubBackend REPORTING = new StubBackend("reporting-service");
    static final StubBackend WEB = new StubBackend("web");
    static final String ISSUER = REALM.issuer;
    static final TestTokens TOKENS = REALM.tokens;


    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        REALM.register(registry);
        registry.add("TENANT_SERVICE_URL", TENANT::url);
        registry.add("HOUSING_SERVICE_URL", HOUSING::url);
        registry.add("ACTIVITY_SERVICE_URL", ACTIVITY::url);
        registry.add("REPORTING_SERVICE_URL", REPORTING::url);
        registry.add("WEB_URL", WEB::url);
    }

    @AfterAll
    static void stopStubs() {
        for (StubBackend stub : new StubBackend[] {KEYCLOAK, TENANT, HOUSING, ACTIVITY, REPORTING, WEB}) {
            stub.close();
        }
    }

    @Autowired
    WebTestClient client;

    @BeforeEach
    void clearStubs() {
        for (StubBackend stub : new StubBackend[] {TENANT, HOUSING, ACTIVITY, REPORTING, WEB}) {
            stub.clear();
        }
    }

    private static StubBackend stub(String service) {
        return switch (service) {
            case "tenant-service" -> TENANT;
            case "housing-service" -> HOUSING;
            case "activity-service" -> ACTIVITY;
            case "reporting-service" -> REPORTING;
            default -> throw new IllegalArgumentException(service);
        };
    }

    @ParameterizedTest
    @CsvSource({
            "/api/tenants, tenant-service",
            "/api/tenants/42/follow-ups, tenant-service",
            "/api/sites, housing-service",
            "/api/dwellings/7, housing-service",
            "/api/tenancies/3/end, housing-service",
            "/api/housing-searches/9/steps, housing-service",
            "/api/activities/5/registrations, activity-service",
            "/api/calendar.ics, activity-service",
            "/api/council/meetings/1, activity-service",
            "/api/reports/monthly, reporting-service",
    })
    void routesAValidTokenToItsServiceWithHeadersUnchanged(String path, String service) throws Exception {
        String token = TOKENS.valid();

        client.get().uri(path + "?page=0&size=5")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("X-Organisation", "smes")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().exists(CorrelationIdFilter.HEADER)
                .expectBody().jsonPath("$.service").isEqualTo(service).jsonPath("$.path").isEqualTo(path);

        StubBackend.Received received = stub(service).nextApiCall();
        assertThat(received).isNotNull();
        assertThat(received.path()).isEqualTo(path);
        assertThat(received.query()).isEqualTo("page=0&size=5");
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(received.header("X-Organisation")).isEqualTo("smes");
        assertThat(received.header("X-Correlation-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void postBodyAndMethodReachTheService() throws Exception {
        client.post().uri("/api/tenants")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"firstName\":\"Ann\",\"lastName\":\"Lee\"}")
                .exchange()
                .expectStatus().isOk();
        StubBackend.Received received = TENANT.nextApiCall();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void keepsAndEchoesASaneIncomingCorrelationId() throws Exception {
        client.get().uri("/api/tenants/1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .header(CorrelationIdFilter.HEADER, "req-2024.abc_XYZ-1")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(CorrelationIdFilter.HEADER, "req-2024.abc_XYZ-1");
        assertThat(TENANT.nextApiCall().header("X-Correlation-Id")).isEqualTo("req-2024.abc_XYZ-1");
    }

    @ParameterizedTest
    @CsvSource({"has spaces in it", "semi;colon", "'0123456789012345678901234567890123456789012345678901234567890123456789'"})
    void replacesAnInsaneCorrelationId(String incoming) throws Exception {
        client.get().uri("/api/tenants/1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .header(CorrelationIdFilter.HEADER, incoming)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().value(CorrelationIdFilter.HEADER, id -> assertThat(id).matches("[0-9a-f-]{36}"));
        assertThat(TENANT.nextApiCall().header("X-Correlation-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void noTokenIs401ProblemWithCorrelationId() throws Exception {
        client.get().uri("/api/tenants")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().exists(CorrelationIdFilter.HEADER)
                .expectBody()
                .jsonPath("$.type").isEqualTo("about:blank")
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.instance").isEqualTo("/api/tenants");
        assertThat(TENANT.nextApiCall()).isNull();
    }

    @Test
    void expiredTokenIs401Problem() throws Exception {
        assertInvalidToken(TOKENS.expired());
    }

    @Test
    void tokenFromAnotherIssuerIs401Problem() throws Exception {
        assertInvalidToken(TOKENS.withIssuer("http://evil.example/realms/foyer"));
    }

    @Test
    void tokenSignedByAnotherKeyIs401Problem() throws Exception {
        assertInvalidToken(new TestTokens(ISSUER).valid());
    }

    @Test
    void garbageTokenIs401Problem() throws Exception {
        assertInvalidToken("not-a-jwt");
    }

    private void assertInvalidToken(String token) throws Exception {
        String body = new String(client.get().uri("/api/reports/monthly?month=2025-01")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, h -> assertThat(h).contains("invalid_token"))
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.detail").isNotEmpty()
                .returnResult().getResponseBody(), StandardCharsets.UTF_8);
        assertThat(body).doesNotContain(token);
        assertThat(REPORTING.nextApiCall()).isNull();
    }

    @Test
    void calendarFeedNeedsNoBearerToken() throws Exception {
        client.get().uri("/api/calendar.ics?token=feed-secret")
                .exchange()
                .expectStatus().isOk();
        StubBackend.Received received = ACTIVITY.nextApiCall();
        assertThat(received.path()).isEqualTo("/api/calendar.ics");
        assertThat(received.query()).isEqualTo("token=feed-secret");
        assertThat(received.header("Authorization")).isNull();
    }

    @Test
    void writingToTheCalendarIsNotOpen() {
        client.post().uri("/api/calendar.ics").exchange().expectStatus().isUnauthorized();
    }

    @ParameterizedTest
    @CsvSource({"/api/tenants/missing, 404", "/api/tenants/invalid, 400", "/api/tenants/boom, 500"})
    void serviceErrorsPassThroughUnchanged(String path, int status) {
        String expected = switch (status) {
            case 404 -> StubBackend.problem(404, "Not Found", "No tenant with this id.");
            case 400 -> StubBackend.problem(400, "Bad Request", "firstName is required.");
            default -> StubBackend.problem(500, "Internal Server Error", "Database down.");
        };
        byte[] body = client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType("application/problem+json")
                .expectBody().returnResult().getResponseBody();
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"tenant-service", "housing-service", "activity-service", "reporting-service"})
    void openApiOfEachServiceWithoutToken(String service) throws Exception {
        client.get().uri("/v3/api-docs/" + service)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.openapi").isEqualTo("3.1.0").jsonPath("$.info.title").isEqualTo(service);
        assertThat(stub(service).nextApiCall().path()).isEqualTo("/v3/api-docs");
    }

    @Test
    void healthIsUpWithoutToken() {
        client.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void unknownApiPathIs404Problem() {
        client.get().uri("/api/nothing-here")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({"/", "/tenants", "/tenants/42", "/webjars/htmx.org/dist/htmx.min.js", "/login/oauth2/code/keycloak"})
    void pagesReachTheWebInterfaceWithoutATokenAndWithTheGatewaysAddress(String path) throws Exception {
        client.get().uri(path)
                .header(HttpHeaders.COOKIE, "FOYER_SESSION=abc")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("web");
        StubBackend.Received received = WEB.nextApiCall();
        assertThat(received.path()).isEqualTo(path);
        assertThat(received.header("Cookie")).isEqualTo("FOYER_SESSION=abc");
        // web builds its redirect URIs ({baseUrl}) from these: the address the browser used, not web's own
        assertThat(received.header("X-Forwarded-Host")).startsWith("localhost:");
        assertThat(received.header("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(received.header("X-Forwarded-Port")).isNotBlank();
        assertThat(TENANT.nextApiCall()).isNull();
    }

    @Test
    void formPostsReachTheWebInterface() throws Exception {
        client.post().uri("/logout").contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("_csrf=t")
                .exchange()
                .expectStatus().isOk();
        assertThat(WEB.nextApiCall().method()).isEqualTo("POST");
    }

    @Test
    void pathsOutsideTheApiAreForbiddenEvenWithAToken() {
        client.get().uri("/fallback/tenant-service")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403).jsonPath("$.title").isEqualTo("Forbidden");
    }
}
