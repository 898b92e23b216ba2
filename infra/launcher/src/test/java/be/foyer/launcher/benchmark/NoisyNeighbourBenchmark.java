package be.foyer.launcher.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 13: one organisation floods the API, another's latency stays within 1.5x of its baseline. On a platform that
 * is already running ({@code ./foyer up --port-offset N}; this harness starts nothing). The neighbour is bruno
 * (staff, diogenes), who lists his tenants at a steady pace; the flood comes from smes (alice and farid), from many
 * threads without pause. Phase 1: the neighbour alone (baseline); phase 2: the neighbour during the flood. Compares
 * the neighbour's p99 and counts the flood's answers by status (the gateway bounds each organisation's requests in
 * flight: the flood's excess waits at the gateway or gets 429). Prints the load average around the phases. Tagged
 * {@code benchmark}: excluded from every build. Figures and command in docs/benchmarks.md.
 */
@Tag("benchmark")
class NoisyNeighbourBenchmark {

    private static final int OFFSET = Integer.getInteger("benchmark.offset", 15000);
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 30);
    private static final int FLOOD_THREADS = Integer.getInteger("benchmark.floodThreads", 16);
    /** The neighbour's pace: one request every so many milliseconds. */
    private static final long NEIGHBOUR_PAUSE_MS = Long.getLong("benchmark.pause", 100);
    private static final String GATEWAY = "http://localhost:" + (8080 + OFFSET);
    private static final String TOKEN_ENDPOINT = "http://localhost:" + (8180 + OFFSET)
            + "/realms/foyer/protocol/openid-connect/token";
    private static final String NEIGHBOUR_CALL = "/api/tenants?page=0&size=20";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void a_flooding_organisation_leaves_its_neighbours_latency_alone() throws Exception {
        String bruno = token("bruno");
        Map<String, String> flooders = Map.of("alice", token("alice"), "farid", token("farid"));
        neighbour(bruno, 5, new Latencies()); // warm-up

        List<String> load = new ArrayList<>(List.of("before baseline " + loadAverage()));
        Latencies baseline = new Latencies();
        neighbour(bruno, SECONDS, baseline);
        load.add("after baseline " + loadAverage());

        Latencies during = new Latencies();
        Map<Integer, AtomicInteger> floodStatuses = new ConcurrentHashMap<>();
        List<Thread> flood = new ArrayList<>();
        long floodEnd = System.nanoTime() + (SECONDS + 2) * 1_000_000_000L;
        for (int i = 0; i < FLOOD_THREADS; i++) {
            String token = i % 2 == 0 ? flooders.get("alice") : flooders.get("farid");
            String path = i % 2 == 0 ? "/api/tenants?page=0&size=20" : "/api/activities?page=0&size=20";
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < floodEnd) {
                    int status = call(token, path);
                    floodStatuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
            }, "flood-" + i);
            thread.start();
            flood.add(thread);
        }
        Thread.sleep(2000); // the flood is at full strength
        neighbour(bruno, SECONDS, during);
        load.add("end of flood " + loadAverage());
        for (Thread thread : flood) {
            thread.join();
        }
        report(baseline, during, floodStatuses, load);
    }

    private void neighbour(String token, int seconds, Latencies latencies) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            int status = call(token, NEIGHBOUR_CALL);
            if (status == 200) {
                latencies.record("neighbour", System.nanoTime() - start);
            } else {
                latencies.failed("neighbour " + status);
            }
            Thread.sleep(NEIGHBOUR_PAUSE_MS);
        }
    }

    private int call(String token, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(GATEWAY + path)).header("Authorization", "Bearer " + token)
                    .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    /** The machine's 1/5/15-minute load averages: the figures mean little without them on a shared machine. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private void report(Latencies baseline, Latencies during, Map<Integer, AtomicInteger> floodStatuses,
            List<String> load) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("[benchmark] %d s per phase, %d flood threads (alice, farid @ smes), neighbour bruno @ diogenes"
                + " every %d ms", SECONDS, FLOOD_THREADS, NEIGHBOUR_PAUSE_MS));
        lines.addAll(baseline.lines("[benchmark] baseline", SECONDS));
        lines.addAll(during.lines("[benchmark] flooded ", SECONDS));
        lines.add("[benchmark] flood answers by status: " + new java.util.TreeMap<>(floodStatuses));
        lines.add("[benchmark] load average (1/5/15 min): " + String.join(", ", load));
        double ratio = (double) during.percentile("neighbour", 99) / Math.max(1, baseline.percentile("neighbour", 99));
        lines.add(String.format("[benchmark] neighbour p99 flooded / baseline = %.2f (%s 1.5)", ratio,
                ratio <= 1.5 ? "within" : "ABOVE"));
        lines.forEach(System.out::println);
        Files.write(Path.of("target/noisy-neighbour-benchmark.txt"), lines);
    }

    private String token(String username) throws Exception {
        String body = "grant_type=password&client_id=foyer-cli&password=demo&username=" + username
                + "&scope=" + URLEncoder.encode("openid organization", StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(TOKEN_ENDPOINT))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("access_token").asText();
    }
}
