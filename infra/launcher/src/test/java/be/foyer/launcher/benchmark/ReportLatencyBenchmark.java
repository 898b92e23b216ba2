package be.foyer.launcher.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

/**
 * Issue 12: how long after a follow-up is written through the gateway the monthly report counts it, on a platform
 * that is already running ({@code ./foyer up --port-offset N}; this harness starts nothing). For each sample: alice
 * records a PHONE follow-up dated today for one of her tenants, then asks for the monthly report through the gateway
 * again and again until {@code followUpsByMode.PHONE} went up. Where the time goes comes from clocks of the same
 * machine: the event's {@code occurredAt} (the service's write), the Kafka record's timestamp (the outbox relay's
 * send), the moment this harness's own consumer got the record (a reader of the topic) and reporting-service's
 * {@code processed_events.processedAt} (written right after the event's facts). Tagged {@code benchmark}: excluded
 * from every build. Figures and command in docs/benchmarks.md.
 */
@Tag("benchmark")
class ReportLatencyBenchmark {

    private static final int OFFSET = Integer.getInteger("benchmark.offset", 20000);
    private static final int SAMPLES = Integer.getInteger("benchmark.samples", 200);
    private static final int WARMUP = Integer.getInteger("benchmark.warmup", 20);
    /** Pause between two samples, so that each write finds the relay and the listener idle. */
    private static final long PAUSE_MS = Long.getLong("benchmark.pause", 50);
    private static final String GATEWAY = "http://localhost:" + (8080 + OFFSET);
    private static final String TOKEN_ENDPOINT = "http://localhost:" + (8180 + OFFSET)
            + "/realms/foyer/protocol/openid-connect/token";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How many tenants, with a follow-up each, the history test adds to alice's organisation. */
    private static final int TENANTS_ADDED = Integer.getInteger("benchmark.tenants", 5000);
    /** Requests per report and round of the history test (after five unmeasured ones). */
    private static final int REPORT_REQUESTS = Integer.getInteger("benchmark.requests", 40);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Long> receivedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private volatile boolean reading = true;
    private volatile String token;

    @Test
    void a_follow_up_shows_in_the_monthly_report() throws Exception {
        token = token();
        String tenantId = JSON.readTree(get("/api/tenants?page=0&size=1")).path("items").get(0).path("id").asText();
        String month = YearMonth.now().toString();
        Thread reader = new Thread(this::readTenantEvents, "benchmark-topic-reader");
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(3000); // the reader's partitions assigned and at the end

        List<long[]> samples = new ArrayList<>();
        try (MongoClient mongo = MongoClients.create("mongodb://localhost:" + (27017 + OFFSET))) {
            MongoCollection<Document> processed = mongo.getDatabase("reporting").getCollection("processed_events");
            int phone = phoneCount(get("/api/reports/monthly?month=" + month));
            for (int i = 0; i < WARMUP + SAMPLES; i++) {
                long start = System.currentTimeMillis();
                long startNanos = System.nanoTime();
                HttpResponse<String> written = http.send(request("/api/tenants/" + tenantId + "/follow-ups")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"" + LocalDate.now()
                                + "\",\"mode\":\"PHONE\",\"durationMinutes\":10}"))
                        .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
                if (written.statusCode() != 201) {
                    throw new IllegalStateException("follow-up not recorded: " + written.statusCode() + " " + written.body());
                }
                long writtenNanos = System.nanoTime();
                String followUpId = JSON.readTree(written.body()).path("id").asText();
                int polls = 0;
                long seenNanos;
                long askedNanos;
                while (true) {
                    askedNanos = System.nanoTime();
                    int now = phoneCount(get("/api/reports/monthly?month=" + month));
                    seenNanos = System.nanoTime();
                    polls++;
                    if (now > phone) {
                        phone = now;
                        break;
                    }
                    if (seenNanos - startNanos > 10_000_000_000L) {
                        throw new IllegalStateException("follow-up " + followUpId + " not counted after 10 s");
                    }
                }
                if (i >= WARMUP) {
                    samples.add(breakdown(processed, followUpId, start, startNanos, writtenNanos, askedNanos,
                            seenNanos, polls));
                }
                Thread.sleep(PAUSE_MS);
            }
        } finally {
            reading = false;
        }
        report(samples);
    }

    /**
     * Issue 12: the monthly (alice, smes), programme and federation (gina) reports of this month through the gateway,
     * {@link #REPORT_REQUESTS} each one after the other; then {@link #TENANTS_ADDED} tenants with a follow-up each
     * are registered in smes (four writers at once), and once the monthly report counts them all, the reports are
     * measured again. The cost of a report must not grow with the federation's history.
     */
    @Test
    void reports_answer_as_fast_after_thousands_more_tenants() throws Exception {
        String month = YearMonth.now().toString();
        Map<String, String> reports = new java.util.LinkedHashMap<>();
        reports.put("monthly (smes, alice)", "alice:/api/reports/monthly?month=" + month);
        reports.put("programme (reaffiliation-hf, gina)",
                "gina:/api/reports/monthly?programme=reaffiliation-hf&month=" + month);
        reports.put("federation (gina)", "gina:/api/reports/federation?month=" + month);
        List<String> lines = new ArrayList<>();
        lines.add(String.format("[benchmark] report size, offset %d, load %s", OFFSET,
                Files.readString(Path.of("/proc/loadavg")).trim()));
        lines.addAll(measureReports("demo data", reports));
        lines.forEach(System.out::println);

        token = token("alice");
        long metBefore = tenantsMet(month);
        long addStart = System.nanoTime();
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int writer = 0; writer < 4; writer++) {
            done.add(writers.submit(() -> {
                for (int i = next.getAndIncrement(); i < TENANTS_ADDED; i = next.getAndIncrement()) {
                    if (i % 500 == 0) {
                        token = token("alice"); // tokens live minutes, the additions may take longer
                    }
                    String tenantId = JSON.readTree(post("/api/tenants", "{\"preferredName\":\"Bench " + i + "\"}"))
                            .path("id").asText();
                    post("/api/tenants/" + tenantId + "/follow-ups", "{\"date\":\"" + LocalDate.now()
                            + "\",\"mode\":\"PHONE\",\"durationMinutes\":10}");
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> writer : done) {
            writer.get();
        }
        writers.shutdown();
        long written = System.nanoTime();
        token = token("alice");
        while (tenantsMet(month) < metBefore + TENANTS_ADDED) {
            if (System.nanoTime() - written > 600_000_000_000L) {
                throw new IllegalStateException("the tenants added are not all counted after 10 minutes");
            }
            Thread.sleep(500);
        }
        lines.add(String.format("[benchmark] %d tenants with a follow-up each added to smes in %d s, all counted "
                + "%d ms after the last write", TENANTS_ADDED, (written - addStart) / 1_000_000_000L,
                (System.nanoTime() - written) / 1_000_000));
        lines.addAll(measureReports("after " + TENANTS_ADDED + " more tenants", reports));
        lines.add(String.format("[benchmark] load at the end %s", Files.readString(Path.of("/proc/loadavg")).trim()));
        lines.forEach(System.out::println);
        Path out = Path.of("target/report-size-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
    }

    private long tenantsMet(String month) throws Exception {
        return JSON.readTree(get("/api/reports/monthly?month=" + month, token)).path("indicators")
                .path("tenantsMetIndividually").path("value").asLong();
    }

    private List<String> measureReports(String round, Map<String, String> reports) throws Exception {
        Map<String, String> tokens = Map.of("alice", token("alice"), "gina", token("gina"));
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> report : reports.entrySet()) {
            String[] userAndPath = report.getValue().split(":", 2);
            String bearer = tokens.get(userAndPath[0]);
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < 5 + REPORT_REQUESTS; i++) {
                long start = System.nanoTime();
                get(userAndPath[1], bearer);
                if (i >= 5) {
                    millis.add((System.nanoTime() - start) / 1_000_000);
                }
            }
            millis.sort(null);
            lines.add(String.format("[benchmark] %-22s %-36s p50 %4d  p90 %4d  max %4d ms (%d requests)", round,
                    report.getKey(), Latencies.percentile(millis, 50), Latencies.percentile(millis, 90),
                    millis.get(millis.size() - 1), millis.size()));
        }
        return lines;
    }

    private String post(String path, String body) throws Exception {
        HttpResponse<String> response;
        do { // the gateway's budgets answer 429 with Retry-After: the harness waits as a client should
            response = http.send(request(path).POST(HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 429) {
                Thread.sleep(1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
            }
        } while (response.statusCode() == 429);
        if (response.statusCode() != 201) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /**
     * Milliseconds: [0] write answered → report counts it (answer received), [1] the write request, [2] occurredAt →
     * Kafka record timestamp (outbox wait and send), [3] record timestamp → a reader got it (Kafka), [4] reader →
     * processedAt (projection), [5] processedAt → report answer that counts it (report polling and the read itself),
     * [6] the report requests needed, [7] write sent → report counts it, [8] write answered → processedAt (from then on
     * any report counts it), [9] occurredAt → processedAt.
     */
    private long[] breakdown(MongoCollection<Document> processed, String followUpId, long start, long startNanos,
            long writtenNanos, long askedNanos, long seenNanos, int polls) throws InterruptedException {
        long seenMillis = start + (seenNanos - startNanos) / 1_000_000;
        String eventId = null;
        for (int wait = 0; wait < 100 && eventId == null; wait++) {
            eventId = eventIdsByFollowUp.get(followUpId);
            if (eventId == null) {
                Thread.sleep(20);
            }
        }
        long occurred = eventId == null ? -1 : occurredAt.get(eventId);
        long sent = eventId == null ? -1 : sentAt.get(eventId);
        long received = eventId == null ? -1 : receivedAt.get(eventId);
        // by _id (group/eventId): the embedded store scans the collection for any other filter
        Document done = eventId == null ? null
                : processed.find(Filters.eq("_id", "reporting-service/" + eventId)).first();
        long projected = done == null ? -1 : done.getDate("processedAt").getTime();
        long writtenMillis = start + (writtenNanos - startNanos) / 1_000_000;
        return new long[] {(seenNanos - writtenNanos) / 1_000_000, (writtenNanos - startNanos) / 1_000_000,
            sent - occurred, received - sent, projected - received, seenMillis - projected, polls,
            (seenNanos - startNanos) / 1_000_000, projected - writtenMillis, projected - occurred};
    }

    private final Map<String, String> eventIdsByFollowUp = new ConcurrentHashMap<>();
    private final Map<String, Long> occurredAt = new ConcurrentHashMap<>();

    private void readTenantEvents() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + (9092 + OFFSET));
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor("foyer.tenants.v1").stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            while (reading) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.currentTimeMillis();
                    try {
                        JsonNode event = JSON.readTree(record.value());
                        if ("FollowUpRecorded".equals(event.path("type").asText())) {
                            String eventId = event.path("eventId").asText();
                            receivedAt.put(eventId, now);
                            sentAt.put(eventId, record.timestamp());
                            occurredAt.put(eventId, Instant.parse(event.path("occurredAt").asText()).toEpochMilli());
                            eventIdsByFollowUp.put(event.path("payload").path("followUpId").asText(), eventId);
                        }
                    } catch (Exception e) {
                        // not an event this harness follows
                    }
                }
            }
        }
    }

    private void report(List<long[]> samples) throws Exception {
        String[] names = {"write answered -> report counts it", "the write (POST through the gateway)",
            "occurredAt -> sent to Kafka (outbox)", "sent -> a reader has it (Kafka)",
            "reader has it -> processedAt (projection)", "processedAt -> report answer counting it",
            "report requests per sample", "write sent -> report counts it",
            "write answered -> processedAt (counted from)", "occurredAt -> processedAt"};
        List<String> lines = new ArrayList<>();
        lines.add(String.format("[benchmark] report latency, %d samples (after %d warm-up), offset %d, load %s",
                samples.size(), WARMUP, OFFSET, Files.readString(Path.of("/proc/loadavg")).trim()));
        for (int column = 0; column < names.length; column++) {
            List<Long> values = new ArrayList<>();
            for (long[] sample : samples) {
                values.add(sample[column]);
            }
            values.sort(null);
            double mean = values.stream().mapToLong(Long::longValue).average().orElse(0);
            lines.add(String.format("[benchmark] %-45s p50 %4d  p90 %4d  p99 %4d  max %4d  mean %6.1f", names[column],
                    Latencies.percentile(values, 50), Latencies.percentile(values, 90),
                    Latencies.percentile(values, 99), values.isEmpty() ? 0 : values.get(values.size() - 1), mean));
        }
        lines.forEach(System.out::println);
        Path out = Path.of("target/report-latency-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
    }

    private static int phoneCount(String report) throws Exception {
        return JSON.readTree(report).path("followUpsByMode").path("PHONE").asInt(0);
    }

    private String get(String path) throws Exception {
        return get(path, token);
    }

    private String get(String path, String bearer) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + path))
                .header("Authorization", "Bearer " + bearer).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(GATEWAY + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10));
    }

    private String token() throws Exception {
        return token("alice");
    }

    private String token(String user) throws Exception {
        Map<String, String> form = new HashMap<>(Map.of("grant_type", "password", "client_id", "foyer-cli",
                "username", user, "password", "demo", "scope", "openid organization"));
        StringBuilder body = new StringBuilder();
        form.forEach((key, value) -> body.append(body.isEmpty() ? "" : "&").append(key).append('=')
                .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(TOKEN_ENDPOINT))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("access_token").asText();
    }
}
