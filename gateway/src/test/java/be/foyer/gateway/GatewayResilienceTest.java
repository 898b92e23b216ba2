package be.foyer.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Services that do not answer: tenant-service on a port nobody listens on, activity-service slower than
 * the time limit (1 s here), housing-service healthy but with its breaker forced open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GatewayResilienceTest {

    static final StubRealm REALM = new StubRealm();
    static final StubBackend KEYCLOAK = REALM.keycloak;
    static final StubBackend HOUSING = new StubBackend("housing-service");
    static final StubBackend ACTIVITY = new StubBackend("activity-service");
    static final String ISSUER = REALM.issuer;
    static final TestTokens TOKENS = REALM.tokens;
    static final int DEAD_PORT = freePort();


    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        REALM.register(registry);
        registry.add("TENANT_SERVICE_URL", () -> "http://127.0.0.1:" + DEAD_PORT);
        registry.add("HOUSING_SERVICE_URL", HOUSING::url);
        registry.add("ACTIVITY_SERVICE_URL", ACTIVITY::url);
        registry.add("GATEWAY_TIMEOUT", () -> "1s");
    }

    @AfterAll
    static void stopStubs() {
        KEYCLOAK.close();
        HOUSING.close();
        ACTIVITY.close();
    }

    @Autowired
    WebTestClient client;

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    @BeforeEach
    void warmUp() {
        // First request of the context: JWKS fetch, connection pool, class loading. Not what we time.
        client.get().uri("/api/sites").header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .exchange().expectStatus().isOk();
        HOUSING.clear();
        ACTIVITY.clear();
    }

    @Test
    void refusedConnectionIsAQuick503NamingTheService() {
        long start = System.nanoTime();
        client.post().uri("/api/tenants")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .header(CorrelationIdFilter.HEADER, "down-1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"firstName\":\"Ann\",\"lastName\":\"Lee\"}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(CorrelationIdFilter.HEADER, "down-1")
                .expectBody()
                .jsonPath("$.type").isEqualTo("about:blank")
                .jsonPath("$.title").isEqualTo("Service Unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").isEqualTo("The tenant service is not answering; please try again in a moment.")
                .jsonPath("$.instance").isEqualTo("/api/tenants");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void openApiOfADownServiceIs503Too() {
        client.get().uri("/v3/api-docs/tenant-service")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail")
                .isEqualTo("The tenant service is not answering; please try again in a moment.");
    }

    @Test
    void aDownServiceStillNeedsAToken() {
        client.get().uri("/api/tenants").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void slowServiceIs503AfterTheTimeLimit() {
        long start = System.nanoTime();
        client.get().uri("/api/activities/slow")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail")
                .isEqualTo("The activity service is not answering; please try again in a moment.");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(900)).isLessThan(StubBackend.SLOW);
    }

    @Test
    void openBreakerAnswers503WithoutCallingTheService() throws Exception {
        CircuitBreaker breaker = breakers.getCircuitBreakerRegistry().circuitBreaker("housing-service");
        breaker.transitionToForcedOpenState();
        try {
            client.get().uri("/api/dwellings")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.detail")
                    .isEqualTo("The housing service is not answering; please try again in a moment.");
            assertThat(HOUSING.nextApiCall()).isNull();
        } finally {
            breaker.transitionToClosedState();
        }
        client.get().uri("/api/dwellings")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .exchange()
                .expectStatus().isOk();
    }
}
