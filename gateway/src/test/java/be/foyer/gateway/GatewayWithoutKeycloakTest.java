package be.foyer.gateway;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Keycloak is down: the gateway still starts and is healthy; a token cannot be checked, so 503. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GatewayWithoutKeycloakTest {

    static final StubBackend TENANT = new StubBackend("tenant-service");
    static final String KEYCLOAK_URL = "http://127.0.0.1:" + GatewayResilienceTest.freePort();
    static final TestTokens TOKENS = new TestTokens(KEYCLOAK_URL + "/realms/foyer");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("KEYCLOAK_URL", () -> KEYCLOAK_URL);
        registry.add("TOKEN_ISSUER", () -> KEYCLOAK_URL + "/realms/foyer");
        registry.add("TENANT_SERVICE_URL", TENANT::url);
    }

    @AfterAll
    static void stopStubs() {
        TENANT.close();
    }

    @Autowired
    WebTestClient client;

    @Test
    void startsAndIsHealthy() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/v3/api-docs/tenant-service").exchange().expectStatus().isOk();
    }

    @Test
    void aTokenThatCannotBeCheckedIs503Problem() {
        client.get().uri("/api/tenants")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").isEqualTo("The sign-in service is not answering; please try again in a moment.");
    }

    @Test
    void noTokenIsStill401() {
        client.get().uri("/api/tenants").exchange().expectStatus().isUnauthorized();
    }
}
