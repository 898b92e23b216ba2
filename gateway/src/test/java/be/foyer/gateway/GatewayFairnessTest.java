package be.foyer.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.Disposable;

/**
 * Fairness at the gateway: requests in flight per organisation (3 here) and per user (2), a line of one that waits
 * 500 ms; the per-address budget of requests without a token (3, refilling slowly). Requests to {@code .../slow}
 * hold their slots for {@link StubBackend#SLOW}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "foyer.gateway.in-flight.user=2", "foyer.gateway.in-flight.organisation=3", "foyer.gateway.in-flight.total=4",
        "foyer.gateway.in-flight.max-waiting=1", "foyer.gateway.in-flight.max-wait=500ms",
        "foyer.gateway.rate-limit.anonymous.burst=3", "foyer.gateway.rate-limit.anonymous.per-second=0.01"})
@AutoConfigureWebTestClient
class GatewayFairnessTest {

    static final StubRealm REALM = new StubRealm();
    static final StubBackend KEYCLOAK = REALM.keycloak;
    static final StubBackend TENANT = new StubBackend("tenant-service");
    static final StubBackend ACTIVITY = new StubBackend("activity-service");
    static final String ISSUER = REALM.issuer;
    static final TestTokens TOKENS = REALM.tokens;


    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        REALM.register(registry);
        registry.add("TENANT_SERVICE_URL", TENANT::url);
        registry.add("ACTIVITY_SERVICE_URL", ACTIVITY::url);
        registry.add("HOUSING_SERVICE_URL", () -> "http://127.0.0.1:1"); // refused: the route fails (503)
    }

    @AfterAll
    static void stopStubs() {
        KEYCLOAK.close();
        TENANT.close();
        ACTIVITY.close();
    }

    @Autowired
    WebTestClient client;

    @Autowired
    InFlightLimitFilter inFlight;

    @LocalServerPort
    int port;

    private final List<Disposable> pending = new ArrayList<>();

    @BeforeEach
    void nothingInFlight() {
        pending.forEach(Disposable::dispose);
        pending.clear();
        eventually(() -> inFlight.activeKeys() == 0);
    }

    private WebTestClient.ResponseSpec get(String token, String path) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    /** Sends a request without waiting for it; {@code cancelAfter} (if not null) abandons it, closing the connection. */
    private void send(String token, String path, Duration cancelAfter) {
        var answer = WebClient.create("http://127.0.0.1:" + port).get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).retrieve().toBodilessEntity();
        pending.add((cancelAfter == null ? answer : answer.timeout(cancelAfter)).subscribe(ok -> { }, failed -> { }));
    }

    /** Sends {@code count} slow requests of {@code organisation} (one user each) and waits until they are in flight. */
    private void occupy(String organisation, int count) throws InterruptedException {
        TENANT.clear();
        for (int i = 0; i < count; i++) {
            send(TOKENS.of(organisation + "-user-" + i, "foyer-cli", organisation), "/api/tenants/t/slow", null);
        }
        for (int i = 0; i < count; i++) {
            assertThat(TENANT.nextApiCall()).as("slow request %d reached the service", i).isNotNull();
        }
    }

    @Test
    void anOrganisationAtItsBoundGets429WhileAnotherOrganisationIsServed() throws Exception {
        occupy("org-flood", 3);

        get(TOKENS.of("org-flood-user-9", "foyer-cli", "org-flood"), "/api/tenants").expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Retry-After", "1")
                .expectBody().jsonPath("$.status").isEqualTo(429).jsonPath("$.detail").value(detail -> assertThat(
                        detail.toString()).startsWith("Your organisation has too many requests in progress"));

        long started = System.nanoTime();
        get(TOKENS.of("neighbour", "foyer-cli", "org-quiet"), "/api/tenants").expectStatus().isOk();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(StubBackend.SLOW);
    }

    @Test
    void anOrganisationHoldingSlotsLeavesTheLastSharedSlotToAnotherOrganisation() throws Exception {
        occupy("org-busy", 2);
        occupy("org-other", 1); // 3 of the 4 shared slots in flight

        get(TOKENS.of("org-busy-user-7", "foyer-cli", "org-busy"), "/api/tenants").expectStatus().isEqualTo(429)
                .expectHeader().valueEquals("Retry-After", "1")
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString())
                        .startsWith("The platform is busy with other requests"));
        long started = System.nanoTime();
        get(TOKENS.of("newcomer", "foyer-cli", "org-new"), "/api/tenants").expectStatus().isOk();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(StubBackend.SLOW);
    }

    @Test
    void aUserAtTheirBoundGets429WhileAColleagueIsServed() throws Exception {
        String busy = TOKENS.of("user-busy", "foyer-cli", "org-office");
        TENANT.clear();
        send(busy, "/api/tenants/a/slow", null);
        send(busy, "/api/tenants/b/slow", null);
        assertThat(TENANT.nextApiCall()).isNotNull();
        assertThat(TENANT.nextApiCall()).isNotNull();

        get(busy, "/api/tenants").expectStatus().isEqualTo(429).expectBody().jsonPath("$.detail").value(detail ->
                assertThat(detail.toString()).startsWith("You have too many requests in progress"));
        get(TOKENS.of("user-colleague", "foyer-cli", "org-office"), "/api/tenants").expectStatus().isOk();
    }

    @Test
    void aRequestBeyondTheBoundWaitsInLineAndIsServedWhenASlotFrees() throws Exception {
        String token = TOKENS.of("patient", "foyer-cli", "org-line");
        TENANT.clear();
        // two slow requests fill the user's bound; one quick one waits for the first slot (the line holds one)
        send(token, "/api/tenants/a/slow", Duration.ofMillis(1500));
        send(token, "/api/tenants/b/slow", null);
        assertThat(TENANT.nextApiCall()).isNotNull();
        assertThat(TENANT.nextApiCall()).isNotNull();
        Thread.sleep(1200); // the first is abandoned by its client at 1.5 s: its slot passes to the one waiting
        long started = System.nanoTime();
        get(token, "/api/tenants").expectStatus().isOk();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(100));
    }

    @Test
    void slotsComeBackAfterAnswersErrorsAndCancellations() throws Exception {
        String token = TOKENS.of("unlucky", "foyer-cli", "org-unlucky");
        for (int i = 0; i < 10; i++) {
            get(token, "/api/tenants/t/boom").expectStatus().isEqualTo(500); // a service's error
            get(token, "/api/tenants/t/missing").expectStatus().isNotFound();
            get(token, "/api/sites").expectStatus().isEqualTo(503); // the route fails: service refused
            send(token, "/api/tenants/t/slow", Duration.ofMillis(200)); // abandoned while in flight
        }
        // abandoned while waiting in line: both slots of the user held by slow requests
        occupy("org-unlucky", 2);
        send(TOKENS.of("org-unlucky-user-0", "foyer-cli", "org-unlucky"), "/api/tenants", Duration.ofMillis(200));

        eventually(() -> inFlight.activeKeys() == 0);
        occupy("org-unlucky", 3); // the organisation's whole bound is free again
        get(token, "/api/tenants").expectStatus().isEqualTo(429);
    }

    @Test
    void requestsWithoutATokenHaveABudgetPerAddress() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        client.get().uri("/api/calendar.ics?token=feed").exchange().expectStatus().isOk();
        client.get().uri("/api/tenants").exchange().expectStatus().isUnauthorized();
        // requests with a token are not counted here
        get(TOKENS.of("signed-in", "foyer-cli", "org-any"), "/api/tenants").expectStatus().isOk();

        client.get().uri("/api/calendar.ics?token=feed").exchange().expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("Retry-After", seconds -> assertThat(Long.parseLong(seconds)).isPositive())
                .expectBody().jsonPath("$.status").isEqualTo(429).jsonPath("$.detail").value(detail ->
                        assertThat(detail.toString()).startsWith("Too many requests from your address"));
        client.get().uri("/actuator/health").exchange().expectStatus().isEqualTo(429);
        get(TOKENS.of("signed-in", "foyer-cli", "org-any"), "/api/tenants").expectStatus().isOk();
    }

    private static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
