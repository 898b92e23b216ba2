package be.foyer.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import be.foyer.launcher.demo.DemoData;
import be.foyer.platform.test.TopicProbe;

/**
 * The issues' walk-throughs on the demo data, as {@code ./foyer up} seeds it, through the gateway with Keycloak's
 * tokens: the case files and who sees them, the erasure, the calendar feed, the reports built from the events, and
 * that no name, address, title or note went to Kafka or into a log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(DemoPlatform.Shared.class)
@Order(5) // first on the shared demo platform: the browser suites change its data after it
class DemoWalkThroughIT {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Words the demo data puts into files, addresses, titles and minutes: none may travel on Kafka. */
    private static final List<String> PERSONAL_OR_FREE_TEXT = List.of("Vandenberghe", "Benali", "Lambert",
            "85.07.30", "85073003328", "+32 470", "Musée Magritte", "Knee pain", "Maison Biloba", "Rue de la Victoire",
            "Atelier", "Salle du Smes", "laundry until", "AIS Quartiers");

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    /** The demo platform the browser suites share; this suite changes none of its demo data. */
    private static LocalPlatform platform;

    @BeforeAll
    static void theSharedDemoPlatform() {
        platform = DemoPlatform.current().platform;
        assertThat(platform.settings().stateDir().resolve(DemoData.MARKER)).as("demo data seeded").exists();
    }

    @Test
    @Order(1)
    void the_volunteer_sees_only_her_assigned_tenant_and_no_health_note() throws Exception {
        JsonNode tenants = json(get("eva", "/api/tenants"));
        assertThat(tenants.path("total").asInt()).isEqualTo(1);
        String sara = tenants.path("items").path(0).path("id").asText();

        HttpResponse<String> followUps = get("eva", "/api/tenants/" + sara + "/follow-ups");
        assertThat(followUps.statusCode()).isEqualTo(200);
        assertThat(followUps.body()).contains("Coffee on Thursday").doesNotContain("Sleeps badly");
        assertThat(json(get("bruno", "/api/tenants?q=vandenberghe")).path("total").asInt()).isZero();
    }

    @Test
    @Order(2)
    void the_export_holds_the_whole_file_and_after_erasure_answers_404() throws Exception {
        String marc = json(get("alice", "/api/tenants?q=marc+vandenberghe")).path("items").path(0).path("id").asText();

        HttpResponse<String> export = get("alice", "/api/tenants/" + marc + "/export");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains("Musée Magritte", "Knee pain", "Find a studio near the Marolles",
                "FEDERATION_STATISTICS", "85.07.30-033.28");

        // a file of its own to erase: Marc's stays for the browser suites that follow on this platform
        String erased = json(send("alice", "POST", "/api/tenants",
                "{\"firstName\":\"Erika\",\"lastName\":\"Walkthrough\"}")).path("id").asText();
        assertThat(get("alice", "/api/tenants/" + erased + "/export").statusCode()).isEqualTo(200);
        assertThat(send("alice", "DELETE", "/api/tenants/" + erased, null).statusCode()).isEqualTo(204);
        assertThat(get("alice", "/api/tenants/" + erased + "/export").statusCode()).isEqualTo(404);
        new TopicProbe(platform.kafkaBootstrapServers()).await("foyer.tenants.v1",
                record -> erased.equals(record.key()) && record.value().contains("\"TenantErased\""), PATIENCE);
    }

    @Test
    @Order(3)
    void the_private_calendar_feed_opens_without_a_bearer_token_and_shows_brussels_time() throws Exception {
        String feed = json(send("alice", "POST", "/api/activities/calendar-feed", null)).path("url").asText();
        LocalDate thursday = LocalDate.now(BRUSSELS).with(TemporalAdjusters.next(DayOfWeek.THURSDAY));

        HttpResponse<String> ics = send(null, "GET", feed, null);

        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/calendar"));
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels")
                .contains("DTSTART;TZID=Europe/Brussels:" + thursday.toString().replace("-", "") + "T140000");
    }

    @Test
    @Order(4)
    void the_organisations_and_the_programmes_monthly_reports_count_the_demo_month() throws Exception {
        String path = "/api/reports/monthly?month=" + YearMonth.now(BRUSSELS);
        JsonNode report = awaitJson("alice", path,
                body -> body.path("indicators").path("councilMeetings").path("value").asInt() == 1
                        && body.path("indicators").path("oneOffActivities").path("value").asInt() == 3);

        JsonNode indicators = report.path("indicators");
        assertThat(report.path("organisation").asText()).isEqualTo("smes");
        for (String name : List.of("distinctParticipants", "tenantsMetIndividually", "distinctPlaces",
                "recurringActivities", "oneOffActivities", "councilMeetings", "tenantsHoused", "moveIns")) {
            assertThat(indicators.has(name)).as(name).isTrue();
        }
        assertThat(indicators.path("recurringActivities").path("value").asInt()).isEqualTo(1);
        assertThat(indicators.path("tenantsMetIndividually").path("value").asInt()).isGreaterThanOrEqualTo(20);
        assertThat(indicators.path("tenantsMetIndividually").path("target").isNull())
                .as("organisations have no default targets").isTrue();
        assertThat(indicators.path("distinctParticipants").path("value").asInt()).isPositive();

        // the targets belong to the re-affiliation programme of the four Housing First projects
        JsonNode programme = awaitJson("gina", path + "&programme=reaffiliation-hf",
                body -> body.path("indicators").path("transversalTeamMeetings").path("value").asInt() > 0);
        JsonNode met = programme.path("indicators").path("tenantsMetIndividually");
        assertThat(met.path("target").asInt()).isEqualTo(20);
        assertThat(met.path("value").asInt()).isGreaterThanOrEqualTo(20);
        assertThat(met.path("met").asBoolean()).isTrue();
        assertThat(programme.path("indicators").path("transversalTeamMeetings").path("target").asInt()).isEqualTo(4);
    }

    @Test
    @Order(5)
    void the_federation_sees_organisations_side_by_side_with_small_counts_hidden_in_csv() throws Exception {
        String path = "/api/reports/federation?month=" + YearMonth.now(BRUSSELS) + "&delimiter=semicolon";
        HttpResponse<String> csv = send("gina", "GET", path, null, "text/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(";"));
        String[] metIndividually = lines.stream().filter(line -> line.contains(";tenantsMetIndividually;"))
                .findFirst().orElseThrow().split(";");
        assertThat(metIndividually[header.indexOf("habitat-et-humanisme")]).isEqualTo("<5");
        assertThat(Integer.parseInt(metIndividually[header.indexOf("smes")])).isGreaterThanOrEqualTo(5);
        assertThat(get("gina", "/api/reports/retention").body()).contains("notYetObservable");
    }

    @Test
    @Order(6)
    void no_record_on_any_topic_carries_a_name_an_address_a_title_or_a_note() {
        TopicProbe probe = new TopicProbe(platform.kafkaBootstrapServers());
        for (String topic : List.of("foyer.tenants.v1", "foyer.housing.v1", "foyer.activities.v1")) {
            List<ConsumerRecord<String, String>> records = probe.readAll(topic, record -> false,
                    Duration.ofSeconds(8));
            assertThat(records).as(topic).hasSizeGreaterThan(10);
            assertThat(records).extracting(ConsumerRecord::value).allSatisfy(value ->
                    PERSONAL_OR_FREE_TEXT.forEach(word -> assertThat(value).doesNotContain(word)));
        }
    }

    @Test
    @Order(7)
    void no_service_log_carries_them_either() throws IOException {
        for (String app : List.of("gateway", "tenant-service", "housing-service", "activity-service",
                "reporting-service")) {
            String log = Files.readString(platform.settings().logDir().resolve(app + ".log"));
            assertThat(log).as(app).isNotBlank();
            PERSONAL_OR_FREE_TEXT.forEach(word -> assertThat(log).as(app).doesNotContain(word));
        }
    }

    private static JsonNode awaitJson(String user, String path, Predicate<JsonNode> done) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get(user, path);
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200 && done.test(json(response))) {
                return json(response);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not reached within " + PATIENCE + "; last answer: " + last);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return send(user, "GET", path, null);
    }

    private static HttpResponse<String> send(String user, String method, String path, String json)
            throws IOException, InterruptedException {
        return send(user, method, path, json, "application/json");
    }

    private static HttpResponse<String> send(String user, String method, String path, String json, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", accept)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            request.header("Authorization", "Bearer " + TOKENS.computeIfAbsent(user, platform::accessToken));
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
