package be.foyer.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import reactor.core.publisher.Flux;

/**
 * The gateway's door: tokens of Foyer clients only, per-user and per-organisation budgets (tiny here, refilling
 * slowly, so that the test controls every request), and the body size limit (1 KB here).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "foyer.gateway.rate-limit.user.burst=3", "foyer.gateway.rate-limit.user.per-second=0.01",
        "foyer.gateway.rate-limit.organisation.burst=5", "foyer.gateway.rate-limit.organisation.per-second=0.01",
        "foyer.gateway.max-body-size=1KB"})
@AutoConfigureWebTestClient
class GatewayLimitsTest {

    static final StubRealm REALM = new StubRealm();
    static final StubBackend KEYCLOAK = REALM.keycloak;
    static final StubBackend TENANT = new StubBackend("tenant-service");
    static final String ISSUER = REALM.issuer;
    static final TestTokens TOKENS = REALM.tokens;


    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        REALM.register(registry);
        registry.add("TENANT_SERVICE_URL", TENANT::url);
    }

    @AfterAll
    static void stopStubs() {
        KEYCLOAK.close();
        TENANT.close();
    }

    @Autowired
    WebTestClient client;

    private WebTestClient.ResponseSpec get(String token) {
        return client.get().uri("/api/tenants").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    @Test
    void aTokenIssuedToAnotherClientOfTheRealmIs401() {
        get(TOKENS.of("user-azp", "admin-cli", "org-azp")).expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        get(TOKENS.of("user-azp", null, "org-azp")).expectStatus().isUnauthorized();
        get(TOKENS.of("user-azp", "foyer-web", "org-azp")).expectStatus().isOk();
    }

    @Test
    void aUserBeyondTheirBudgetGets429ProblemWithRetryAfter() {
        String token = TOKENS.of("user-busy", "foyer-cli", "org-busy");
        for (int i = 0; i < 3; i++) {
            get(token).expectStatus().isOk();
        }
        get(token).expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("Retry-After", seconds -> assertThat(Long.parseLong(seconds)).isPositive())
                .expectBody().jsonPath("$.status").isEqualTo(429).jsonPath("$.detail").value(detail ->
                        assertThat(detail.toString()).startsWith("You have sent too many requests"));
        // a colleague of the same organisation is still served: the organisation's budget is larger
        get(TOKENS.of("user-colleague", "foyer-cli", "org-busy")).expectStatus().isOk();
    }

    @Test
    void anOrganisationThatExhaustsItsBudgetLeavesAnotherOrganisationServed() {
        for (int user = 0; user < 5; user++) {
            get(TOKENS.of("flooder-" + user, "foyer-cli", "org-flood")).expectStatus().isOk();
        }
        get(TOKENS.of("flooder-5", "foyer-cli", "org-flood")).expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.detail").value(detail ->
                        assertThat(detail.toString()).startsWith("Your organisation has sent too many requests"));
        get(TOKENS.of("neighbour", "foyer-cli", "org-quiet")).expectStatus().isOk();
    }

    @Test
    void theOrganisationCountedIsTheOneTheRequestActsFor() {
        String token = TOKENS.of("member-of-two", "foyer-cli", "org-first", "org-second");
        for (int i = 0; i < 5; i++) {
            get(TOKENS.of("first-" + i, "foyer-cli", "org-first")).expectStatus().isOk();
        }
        client.get().uri("/api/tenants").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("X-Organisation", "org-second").exchange().expectStatus().isOk();
        get(token).expectStatus().isEqualTo(429);
    }

    @Test
    void aBodyAnnouncedAboveTheLimitIs413ProblemAndReachesNoService() throws Exception {
        TENANT.clear();
        client.post().uri("/api/tenants")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.of("poster", "foyer-cli", "org-post"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json(2048))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(413);
        assertThat(TENANT.nextApiCall()).isNull();
    }

    @Test
    void aChunkedBodyAboveTheLimitIs413AndOneWithinItIsForwardedWhole() throws Exception {
        TENANT.clear();
        String token = TOKENS.of("chunker", "foyer-cli", "org-chunk");
        client.post().uri("/api/tenants").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromDataBuffers(chunks(json(700), json(700))))
                .exchange()
                .expectStatus().isEqualTo(413);
        assertThat(TENANT.nextApiCall()).isNull();

        client.post().uri("/api/tenants").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromDataBuffers(chunks(json(300), json(300))))
                .exchange()
                .expectStatus().isOk();
        StubBackend.Received received = TENANT.nextApiCall();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.header("Content-Length")).isEqualTo("600");
    }

    private static String json(int bytes) {
        char[] padding = new char[bytes - 8];
        Arrays.fill(padding, 'x');
        return "{\"a\":\"" + new String(padding) + "\"}";
    }

    private static Flux<DataBuffer> chunks(String... parts) {
        return Flux.fromArray(parts).map(part ->
                DefaultDataBufferFactory.sharedInstance.wrap(part.getBytes(StandardCharsets.UTF_8)));
    }
}
