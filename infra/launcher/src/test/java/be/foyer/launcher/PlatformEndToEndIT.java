package be.foyer.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import be.foyer.launcher.process.Http;
import be.foyer.launcher.process.PlatformSettings;
import be.foyer.platform.test.TopicProbe;

/**
 * The platform as {@code ./foyer up} starts it (real Keycloak, real Kafka broker, mongo-java-server, the five
 * apps), with ports shifted so that it runs beside a developer's platform, driven through the gateway with tokens
 * from Keycloak's token endpoint.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndIT {

    /** 10000; another with {@code -De2e.portOffset=N} to run beside a platform already on 10000. */
    private static final int PORT_OFFSET = Integer.getInteger("e2e.portOffset", 10_000);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static LocalPlatform platform;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String tenantId;
    private static final String FIRST_NAME = "Zénobie" + UUID.randomUUID().toString().substring(0, 6);
    private static final String LAST_NAME = "Vandermeulen";

    @BeforeAll
    static void startPlatform() throws IOException {
        Path repoRoot = Path.of("").toAbsolutePath().resolve("../..").normalize();
        Path state = repoRoot.resolve("infra/launcher/target/e2e-platform");
        deleteRecursively(state);
        platform = LocalPlatform.start(PlatformSettings.of(repoRoot)
                .withStateDir(state)
                .withPortOffset(PORT_OFFSET)
                .withEnvironment(Map.of())
                .withDemoData(false)
                .withStartTimeout(Duration.ofMinutes(4)));
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void a_worker_registers_a_tenant_and_records_a_follow_up_through_the_gateway() throws Exception {
        String alice = platform.accessToken("alice");

        HttpResponse<String> created = send("POST", "/api/tenants", alice,
                "{\"firstName\":\"" + FIRST_NAME + "\",\"lastName\":\"" + LAST_NAME + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/api/tenants/"));
        tenantId = field(created.body(), "id");

        HttpResponse<String> followUp = send("POST", "/api/tenants/" + tenantId + "/follow-ups", alice,
                "{\"date\":\"" + today() + "\",\"mode\":\"PHONE\",\"durationMinutes\":30}");
        assertThat(followUp.statusCode()).as(followUp.body()).isEqualTo(201);
        assertThat(followUp.headers().firstValue("X-Correlation-Id")).isPresent();
    }

    @Test
    @Order(2)
    void the_follow_up_reaches_the_organisations_monthly_report_through_kafka() throws Exception {
        String alice = platform.accessToken("alice");
        String path = "/api/reports/monthly?month=" + YearMonth.now(ZoneId.of("Europe/Brussels"));

        String report = awaitBody(path, alice, body -> body.contains("\"tenantsMetIndividually\"")
                && indicatorValue(body, "tenantsMetIndividually").equals("1"));
        assertThat(field(report, "organisation")).isEqualTo("smes");
    }

    @Test
    @Order(3)
    void another_organisation_sees_nothing_of_it() throws Exception {
        String bruno = platform.accessToken("bruno");

        HttpResponse<String> tenant = send("GET", "/api/tenants/" + tenantId, bruno, null);
        assertThat(tenant.statusCode()).isEqualTo(404);
        assertThat(tenant.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        HttpResponse<String> report = send("GET",
                "/api/reports/monthly?month=" + YearMonth.now(ZoneId.of("Europe/Brussels")), bruno, null);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(field(report.body(), "organisation")).isEqualTo("diogenes");
        assertThat(indicatorValue(report.body(), "tenantsMetIndividually")).isEqualTo("0");
    }

    @Test
    @Order(4)
    void requests_without_a_token_or_with_malformed_json_are_refused_with_problems() throws Exception {
        HttpResponse<String> anonymous = send("GET", "/api/tenants", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);

        HttpResponse<String> malformed = send("POST", "/api/tenants", platform.accessToken("alice"),
                "{\"firstName\": \"Ana\", ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    @Order(5)
    void the_tenant_topic_carries_envelopes_without_names() {
        List<ConsumerRecord<String, String>> records = new TopicProbe(platform.kafkaBootstrapServers()).readAll(
                "foyer.tenants.v1",
                record -> tenantId.equals(record.key()) && record.value().contains("FollowUpRecorded"), PATIENCE);

        List<ConsumerRecord<String, String>> ofTenant = records.stream()
                .filter(record -> tenantId.equals(record.key())).toList();
        assertThat(ofTenant).extracting(ConsumerRecord::value)
                .anySatisfy(value -> assertThat(value).contains("\"type\":\"TenantRegistered\""))
                .allSatisfy(value -> assertThat(value).contains("\"eventId\"").contains("\"organisation\":\"smes\"")
                        .doesNotContain(FIRST_NAME).doesNotContain(LAST_NAME));
    }

    /**
     * Issue 13 on the real Keycloak, with a throwaway user (never a demo user: other tests sign them in): a token the
     * realm issues to another of its clients is refused by the gateway and by a service; Actuator beyond health
     * answers the platform operator only; the services listen on loopback only.
     */
    @Test
    @Order(5)
    void only_foyer_clients_tokens_and_only_operators_on_actuator_and_services_on_loopback() throws Exception {
        String username = "door-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "right-" + UUID.randomUUID();
        String userId = createUser(username, password);
        grantRealmRole(userId, "platform-operator");

        String operator = platform.accessToken(username, password);
        String metrics = platform.serviceUrl("tenant-service") + "/actuator/metrics";
        assertThat(sendTo("GET", metrics, operator, null).statusCode()).isEqualTo(200);
        assertThat(sendTo("GET", metrics, platform.accessToken("chloe"), null).statusCode()).isEqualTo(403);
        assertThat(sendTo("GET", platform.serviceUrl("tenant-service") + "/actuator/health", null, null).statusCode())
                .isEqualTo(200);

        // every realm has the public client admin-cli, with the password grant: a valid, signed token of the realm
        Http.Response otherClient = Http.postForm(platform.tokenEndpoint(), Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", username, "password", password, "scope", "openid organization"));
        assertThat(otherClient.status()).as(otherClient.body()).isEqualTo(200);
        String foreign = Http.jsonField(otherClient.body(), "access_token").orElseThrow();
        assertThat(send("GET", "/api/tenants", foreign, null).statusCode()).isEqualTo(401);
        assertThat(sendTo("GET", metrics, foreign, null).statusCode()).isEqualTo(401);

        java.net.InetAddress outside = nonLoopbackAddress();
        if (outside != null) {
            int tenantPort = URI.create(platform.serviceUrl("tenant-service")).getPort();
            int gatewayPort = URI.create(platform.gatewayUrl()).getPort();
            assertThat(connects(outside, tenantPort)).as("tenant-service on " + outside).isFalse();
            assertThat(connects(outside, gatewayPort)).as("gateway on " + outside).isTrue();
        }
    }

    /** Brute-force protection: after the realm's failure factor of wrong passwords, the right one is refused too. */
    @Test
    @Order(5)
    void repeated_wrong_passwords_lock_the_account_for_a_while() throws Exception {
        String username = "door-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "right-" + UUID.randomUUID();
        createUser(username, password);
        assertThat(passwordGrant(username, password)).isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            assertThat(passwordGrant(username, "wrong")).isNotEqualTo(200);
        }
        assertThat(passwordGrant(username, password)).isNotEqualTo(200);
    }

    private static int passwordGrant(String username, String password) throws Exception {
        return Http.postForm(platform.tokenEndpoint(), Map.of("grant_type", "password", "client_id", "foyer-cli",
                "username", username, "password", password, "scope", "openid organization")).status();
    }

    private static String adminToken() throws Exception {
        Http.Response response = Http.postForm(platform.keycloakUrl() + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
        return Http.jsonField(response.body(), "access_token").orElseThrow(() ->
                new AssertionError("no admin token: " + response.status() + " " + response.body()));
    }

    private static String createUser(String username, String password) throws Exception {
        HttpResponse<String> created = sendTo("POST", platform.keycloakUrl() + "/admin/realms/foyer/users",
                adminToken(), "{\"username\":\"" + username + "\",\"enabled\":true,\"emailVerified\":true,"
                        + "\"firstName\":\"Door\",\"lastName\":\"Test\",\"email\":\"" + username + "@example.org\","
                        + "\"credentials\":[{\"type\":\"password\",\"value\":\"" + password
                        + "\",\"temporary\":false}]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static void grantRealmRole(String userId, String role) throws Exception {
        String admin = adminToken();
        HttpResponse<String> found = sendTo("GET", platform.keycloakUrl() + "/admin/realms/foyer/roles/" + role, admin,
                null);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        HttpResponse<String> granted = sendTo("POST", platform.keycloakUrl() + "/admin/realms/foyer/users/" + userId
                + "/role-mappings/realm", admin, "[" + found.body() + "]");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(204);
    }

    private static java.net.InetAddress nonLoopbackAddress() throws IOException {
        for (java.net.NetworkInterface nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (java.net.InetAddress address : java.util.Collections.list(nic.getInetAddresses())) {
                    if (address instanceof java.net.Inet4Address) {
                        return address;
                    }
                }
            }
        }
        return null;
    }

    private static boolean connects(java.net.InetAddress address, int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    @Order(6)
    void a_stopped_service_answers_503_problem_quickly() throws Exception {
        platform.stop("housing-service");
        String hugo = platform.accessToken("hugo");

        long started = System.nanoTime();
        HttpResponse<String> response = send("GET", "/api/dwellings", hugo, null);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    /**
     * Issue 13: under a steady write load through the gateway, reporting-service and Kafka are killed and restarted
     * and MongoDB goes away for a while. Every follow-up the API acknowledged is stored, every stored one is counted
     * once in the report, and nothing was sent to a dead-letter topic (an outage is waited out, not dead-lettered).
     */
    @Test
    @Order(7)
    void acknowledged_writes_reach_the_report_once_through_crashes_and_an_outage() throws Exception {
        String alice = platform.accessToken("alice");
        HttpResponse<String> created = send("POST", "/api/tenants", alice,
                "{\"firstName\":\"Faute\",\"lastName\":\"Tolérance\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String tenant = field(created.body(), "id");
        String month = YearMonth.now(ZoneId.of("Europe/Brussels")).toString();
        int phoneBefore = followUpsByPhone(send("GET", "/api/reports/monthly?month=" + month, alice, null).body());

        WriteLoad load = new WriteLoad(tenant);
        Thread writer = new Thread(load, "steady-writes");
        writer.start();
        try {
            Thread.sleep(3_000);
            platform.kill("reporting-service");
            Thread.sleep(3_000);
            platform.restart("reporting-service");
            Thread.sleep(3_000);
            // Kafka crashes; the relay's records wait in its producer. MongoDB goes away before Kafka is back, so the
            // consumers receive those records while their store is unreachable: they must wait, not dead-letter.
            platform.kill(LocalPlatform.KAFKA);
            Thread.sleep(8_000);
            platform.stop(LocalPlatform.MONGODB);
            platform.restart(LocalPlatform.KAFKA);
            Thread.sleep(5_000);
            platform.restart(LocalPlatform.MONGODB);
            Thread.sleep(5_000);
        } finally {
            load.stop();
            writer.join();
        }

        String token = platform.accessToken("alice");
        HttpResponse<String> stored = send("GET", "/api/tenants/" + tenant + "/follow-ups?size=1", token, null);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        int storedCount = Integer.parseInt(field(stored.body(), "total"));
        assertThat(load.acknowledged()).as("writes acknowledged during the faults").isGreaterThan(20);
        assertThat(storedCount).as("every acknowledged write is stored").isGreaterThanOrEqualTo(load.acknowledged());

        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        int counted = -1;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> report = send("GET", "/api/reports/monthly?month=" + month, token, null);
            if (report.statusCode() == 200) {
                counted = followUpsByPhone(report.body()) - phoneBefore;
                if (counted >= storedCount) {
                    break;
                }
            }
            Thread.sleep(1_000);
        }
        assertThat(counted).as("follow-ups counted by the report (stored: %d)", storedCount).isEqualTo(storedCount);
        Thread.sleep(3_000);
        int countedLater = followUpsByPhone(send("GET", "/api/reports/monthly?month=" + month, token, null).body())
                - phoneBefore;
        assertThat(countedLater).as("nothing counted twice").isEqualTo(storedCount);

        TopicProbe probe = new TopicProbe(platform.kafkaBootstrapServers());
        for (String topic : List.of("foyer.tenants.v1.DLT", "foyer.housing.v1.DLT", "foyer.activities.v1.DLT")) {
            assertThat(probe.readAll(topic, record -> true, Duration.ofSeconds(3))).as(topic).isEmpty();
        }
    }

    /** Follow-ups by phone, five a second, each through the gateway with a fresh enough token; counts the 201s. */
    private static final class WriteLoad implements Runnable {
        private final String tenant;
        private final java.util.concurrent.atomic.AtomicInteger acknowledged = new java.util.concurrent.atomic.AtomicInteger();
        private volatile boolean running = true;

        WriteLoad(String tenant) {
            this.tenant = tenant;
        }

        @Override
        public void run() {
            String token = null;
            long tokenAt = 0;
            while (running) {
                try {
                    if (token == null || System.nanoTime() - tokenAt > Duration.ofMinutes(1).toNanos()) {
                        token = platform.accessToken("alice");
                        tokenAt = System.nanoTime();
                    }
                    HttpResponse<String> answer = send("POST", "/api/tenants/" + tenant + "/follow-ups", token,
                            "{\"date\":\"" + today() + "\",\"mode\":\"PHONE\",\"durationMinutes\":10}");
                    if (answer.statusCode() == 201) {
                        acknowledged.incrementAndGet();
                    }
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (IOException | RuntimeException e) {
                    // an outage: not acknowledged, try again
                }
            }
        }

        void stop() {
            running = false;
        }

        int acknowledged() {
            return acknowledged.get();
        }
    }

    private static int followUpsByPhone(String report) {
        Matcher matcher = Pattern.compile("\"followUpsByMode\"\\s*:\\s*\\{[^}]*\"PHONE\"\\s*:\\s*(\\d+)").matcher(report);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private static HttpResponse<String> send(String method, String path, String token, String json)
            throws IOException, InterruptedException {
        return sendTo(method, platform.gatewayUrl() + path, token, json);
    }

    private static HttpResponse<String> sendTo(String method, String url, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String awaitBody(String path, String token, java.util.function.Predicate<String> done)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = send("GET", path, token, null);
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200 && done.test(response.body())) {
                return response.body();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not reached within " + PATIENCE + "; last answer: " + last);
    }


    /** The value of {@code "name": "value"} or {@code "name": 12} in a small JSON body. */
    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"([^\"]*)\"|[-0-9.]+)")
                .matcher(json);
        assertThat(matcher.find()).as("field %s in %s", name, json).isTrue();
        return matcher.group(2) != null ? matcher.group(2) : matcher.group(1);
    }

    private static String indicatorValue(String report, String indicator) {
        int at = report.indexOf("\"" + indicator + "\"");
        return at < 0 ? "" : field(report.substring(at + indicator.length() + 2), "value");
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Brussels")).toString();
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
