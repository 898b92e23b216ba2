package be.foyer.launcher.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import be.foyer.launcher.LocalPlatform;
import be.foyer.launcher.process.PlatformSettings;

/**
 * Issue 10's performance target, measured: the whole platform ({@link LocalPlatform} with the demo data, on a port
 * offset), 10 people signed in the browser way, each asking for the home page and Marc's file in turn; p50/p95/p99
 * per page through the gateway, and per API call those pages make (through the gateway and straight to the
 * service, so that gateway and web show apart); then 5,000 more tenants in alice's organisation, and the same again.
 * Resident memory of every process the launcher started. Not a test: tagged {@code benchmark}, which the module's
 * pom excludes; see docs/benchmarks.md for the command and the knobs.
 */
@Tag("benchmark")
class WebPagesBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int USERS = Integer.getInteger("benchmark.users", 10);
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 60);
    private static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warmup", 20);
    /** Mean pause of a person between two pages, in ms (uniform from half to one and a half of it); 0: none. */
    private static final int THINK_MS = Integer.getInteger("benchmark.think", 0);
    private static final int EXTRA_TENANTS = Integer.getInteger("benchmark.tenants", 5_000);
    /** With -Dbenchmark.jfr=true, a JFR recording of every JVM during each measured page load (target/web-benchmark-jfr). */
    private static final boolean JFR = Boolean.getBoolean("benchmark.jfr");
    private static final int OFFSET = Integer.getInteger("benchmark.offset", 37_500);
    /** Every how many added tenants one has alice as referent worker (1%: most of the new files are not hers). */
    private static final int ALICE_EVERY = 100;

    private final List<String> report = new ArrayList<>();
    private final HttpClient api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private LocalPlatform platform;
    private volatile String token;
    private volatile long tokenAt;

    @Test
    void home_and_file_pages_for_ten_people_before_and_after_5000_more_tenants() throws Exception {
        Path repoRoot = Path.of("").toAbsolutePath().resolve("../..").normalize();
        Path state = repoRoot.resolve("infra/launcher/target/web-benchmark");
        deleteRecursively(state);
        long t0 = System.nanoTime();
        platform = LocalPlatform.start(PlatformSettings.of(repoRoot).withStateDir(state).withPortOffset(OFFSET)
                .withEnvironment(Map.of()).withDemoData(true).withStartTimeout(Duration.ofMinutes(5)));
        try {
            line("[benchmark] platform with demo data up in %.0f s, offset +%d, %d users, %d s per load (%d s warm-up), "
                    + "pause between pages %s", (System.nanoTime() - t0) / 1e9, OFFSET, USERS, SECONDS,
                    WARM_UP_SECONDS, THINK_MS == 0 ? "none" : THINK_MS / 2 + "-" + THINK_MS * 3 / 2 + " ms");
            line("[benchmark] machine: %d cores, %s; %s", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), load());
            String marc = marcsId();
            List<BrowserSession> people = signIn();
            line("[benchmark] %d sessions of alice signed in through the gateway and Keycloak's two-step form "
                    + "(smes has no other demo user who sees case files: farid is a facilitator)", people.size());

            round("demo data", people, marc);
            addTenants();
            round("+" + EXTRA_TENANTS + " tenants", people, marc);
        } finally {
            Path results = repoRoot.resolve("infra/launcher/target/web-benchmark.txt");
            Files.createDirectories(results.getParent());
            Files.write(results, report);
            platform.close();
        }
    }

    /** Warm-up, then the pages under load, then the API calls the pages make, through the gateway and direct. */
    private void round(String name, List<BrowserSession> people, String marc) throws Exception {
        line("[benchmark] ---- %s: %s", name, load());
        load(people, marc, WARM_UP_SECONDS);
        recordJfr(name);
        Latencies pages = load(people, marc, SECONDS);
        pages.lines("[benchmark] " + name + " | page", SECONDS).forEach(this::line);
        line("[benchmark] %s | after the page load: %s", name, load());
        memory(name);
        apiLoad(name, "gateway", marc, app -> platform.gatewayUrl());
        apiLoad(name, "direct", marc, platform::serviceUrl);
    }

    /** Each person asks for the home page, then Marc's file, again and again, without pause. */
    private Latencies load(List<BrowserSession> people, String marc, int seconds) throws Exception {
        Latencies latencies = new Latencies();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (BrowserSession person : people) {
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        page(person, latencies, "GET /", "/", "id=\"main-content\"");
                        think();
                        page(person, latencies, "GET /tenants/{marc}", "/tenants/" + marc, "Vandenberghe");
                        think();
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return latencies;
    }

    private static void think() throws InterruptedException {
        if (THINK_MS > 0) {
            Thread.sleep(THINK_MS / 2 + java.util.concurrent.ThreadLocalRandom.current().nextInt(THINK_MS + 1));
        }
    }

    private void page(BrowserSession person, Latencies latencies, String label, String path, String expected) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> page = person.get(path);
            long elapsed = System.nanoTime() - start;
            if (page.statusCode() == 200 && page.uri().toString().startsWith(platform.gatewayUrl())
                    && page.body().contains(expected)) {
                latencies.record(label, elapsed);
            } else {
                latencies.failed(label);
            }
        } catch (IOException e) {
            latencies.failed(label);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The API calls of the two pages (home: the caseload; file: the file, its consents, the running tenancies,
     * the timeline and the planned appointments), as the pages make them one after the other, by {@code USERS}
     * threads with alice's token: the pages' time minus these is web's own.
     */
    private void apiLoad(String round, String via, String marc, Function<String, String> baseUrlOf) throws Exception {
        List<String[]> calls = List.of(
                new String[] {"tenant-service", "/api/tenants/caseload"},
                new String[] {"tenant-service", "/api/tenants/" + marc},
                new String[] {"tenant-service", "/api/tenants/" + marc + "/consents"},
                new String[] {"housing-service", "/api/tenancies?tenantId=" + marc + "&running=true"},
                new String[] {"tenant-service", "/api/tenants/" + marc + "/follow-ups?page=0&size=20"},
                new String[] {"tenant-service", "/api/tenants/" + marc + "/follow-ups?status=PLANNED&page=0&size=50"},
                new String[] {"tenant-service", "/api/tenants?page=0&size=20"});
        Latencies latencies = new Latencies();
        int seconds = Math.max(5, SECONDS / 3);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        for (String[] call : calls) {
                            String label = call[1].replace(marc, "{marc}");
                            long start = System.nanoTime();
                            HttpResponse<String> response = api.send(HttpRequest
                                    .newBuilder(URI.create(baseUrlOf.apply(call[0]) + call[1]))
                                    .header("Authorization", "Bearer " + token()).GET().build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 200) {
                                latencies.record(label, System.nanoTime() - start);
                            } else {
                                latencies.failed(label + " " + response.statusCode());
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        latencies.lines("[benchmark] " + round + " | api via " + via, seconds).forEach(this::line);
    }

    /** 5,000 tenants registered through the gateway as alice by 8 threads; alice referent of 1% of them. */
    private void addTenants() throws Exception {
        line("[benchmark] adding %d tenants to smes: %s", EXTRA_TENANTS, load());
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < EXTRA_TENANTS; i = next.getAndIncrement()) {
                        String referent = i % ALICE_EVERY == 0 ? "alice" : "worker" + (i % 20);
                        String body = JSON.writeValueAsString(Map.of("firstName", "Prénom" + i,
                                "lastName", "Nom" + Integer.toString(i * 7919 % 100_000, 36),
                                "status", i % 3 == 0 ? "HOUSED" : "STREET",
                                "referentWorkers", List.of(referent)));
                        HttpResponse<String> response = api.send(HttpRequest
                                .newBuilder(URI.create(platform.gatewayUrl() + "/api/tenants"))
                                .header("Authorization", "Bearer " + token())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 201) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        line("[benchmark] %d tenants added in %.0f s (%.0f/s), %d refused; %s", EXTRA_TENANTS, seconds,
                EXTRA_TENANTS / seconds, failed.get(), load());
        assertThat(failed.get()).as("registrations refused").isZero();
        // the services' consumers take the TenantRegistered events in; let them, so as to measure the pages alone
        Thread.sleep(30_000);
    }

    private String marcsId() throws Exception {
        HttpResponse<String> found = api.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl()
                + "/api/tenants?q=" + URLEncoder.encode("marc vandenberghe", StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token()).GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode items = JSON.readTree(found.body()).path("items");
        assertThat(items.size()).as("alice's Marc in the demo data: " + found.body()).isEqualTo(1);
        return items.get(0).path("id").asText();
    }

    private List<BrowserSession> signIn() throws Exception {
        List<BrowserSession> people = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            BrowserSession person = new BrowserSession(platform.gatewayUrl());
            person.signIn("alice", "demo");
            people.add(person);
        }
        return people;
    }

    /** Alice's API token, asked again every 10 minutes (they live 15). */
    private synchronized String token() {
        if (token == null || System.nanoTime() - tokenAt > TimeUnit.MINUTES.toNanos(10)) {
            token = platform.accessToken("alice");
            tokenAt = System.nanoTime();
        }
        return token;
    }

    /** Starts a JFR recording of {@code SECONDS} in each JVM: the apps (jcmd) and this one (the MongoDB stand-in). */
    private void recordJfr(String round) throws Exception {
        if (!JFR) {
            return;
        }
        Path dir = platform.settings().repoRoot().resolve("infra/launcher/target/web-benchmark-jfr");
        Files.createDirectories(dir);
        List<Map.Entry<String, Long>> jvms = new ArrayList<>(platform.pids().entrySet());
        jvms.add(Map.entry("launcher", ProcessHandle.current().pid()));
        for (Map.Entry<String, Long> jvm : jvms) {
            if (jvm.getKey().equals("keycloak") || jvm.getKey().equals("kafka")) {
                continue;
            }
            String file = dir.resolve(round.replaceAll("\\W+", "-") + "-" + jvm.getKey() + ".jfr").toString();
            new ProcessBuilder("jcmd", String.valueOf(jvm.getValue()), "JFR.start", "settings=profile",
                    "duration=" + SECONDS + "s", "filename=" + file).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** VmRSS of every process the launcher started (with their descendants: kc.sh starts Keycloak's java). */
    private void memory(String round) throws IOException {
        long total = 0;
        List<String> parts = new ArrayList<>();
        List<Map.Entry<String, Long>> processes = new ArrayList<>(platform.pids().entrySet());
        processes.add(0, Map.entry("launcher+mongodb+load (this JVM)", ProcessHandle.current().pid()));
        for (Map.Entry<String, Long> process : processes) {
            long kb = rssKb(process.getValue());
            boolean launcher = process.getValue() == ProcessHandle.current().pid(); // its descendants are the others
            for (ProcessHandle child : launcher ? List.<ProcessHandle>of() : ProcessHandle.of(process.getValue())
                    .map(p -> p.descendants().toList()).orElse(List.of())) {
                kb += rssKb(child.pid());
            }
            total += kb;
            parts.add(String.format("%s %d MB", process.getKey(), kb / 1024));
        }
        line("[benchmark] %s | resident memory %.2f GB: %s", round, total / 1024.0 / 1024.0, String.join(", ", parts));
    }

    private static long rssKb(long pid) throws IOException {
        Path status = Path.of("/proc/" + pid + "/status");
        if (!Files.exists(status)) {
            return 0;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
    }

    private static String load() {
        try {
            String[] avg = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average " + avg[0] + ", " + avg[1] + ", " + avg[2] + " at " + Instant.now();
        } catch (IOException e) {
            return "load unknown";
        }
    }

    private void line(String format, Object... args) {
        String line = String.format(format, args);
        System.out.println(line);
        report.add(line);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
