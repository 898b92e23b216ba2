package be.foyer.launcher.process;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Process control: the platform's parts on one machine. MongoDB stand-in (in this JVM), Kafka and Keycloak (child
 * JVMs), then the six Spring Boot apps (four services, the gateway and web; child JVMs, in parallel); their
 * addresses, demo users' tokens, and stopping, killing and restarting each part. Knows nothing of demo data:
 * {@code be.foyer.launcher.LocalPlatform} extends it with the demo data once the parts are up ({@link #afterStart}).
 *
 * A failure during start stops what was already started and throws a {@link LauncherException} with one line.
 */
public class PlatformProcesses implements AutoCloseable, GatewayAccess {

    /** Names accepted by {@link #stop(String)} besides the apps of {@link PlatformSettings#APPS}. */
    public static final String MONGODB = "mongodb";
    public static final String KAFKA = KafkaBroker.NAME;
    public static final String KEYCLOAK = KeycloakServer.NAME;

    private final PlatformSettings settings;
    private final PrintStream out;
    private final Map<String, ManagedProcess> processes = new ConcurrentHashMap<>();
    private final List<String> startOrder = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile MongoStandIn mongo;
    private volatile boolean closed;

    /** Not started yet: {@link #startOrClose()} starts it. */
    protected PlatformProcesses(PlatformSettings settings) {
        this.settings = settings;
        this.out = settings.console();
    }

    /**
     * Starts everything the settings ask for and waits until it is healthy, then runs {@link #afterStart}; on a
     * failure stops what was started and throws a {@link LauncherException}.
     */
    public void startOrClose() {
        try {
            startAll();
        } catch (RuntimeException e) {
            close();
            throw e instanceof LauncherException ? e : new LauncherException("Start failed: " + e, e);
        } catch (Error e) {
            close(); // a class missing from the classpath, say: stop the processes, or they outlive the build
            throw e;
        }
    }

    private void startAll() {
        long t0 = System.nanoTime();
        createStateDirs();
        checkPrerequisites();
        checkPorts();

        boolean embeddedMongo = settings.externalMongoUri().isEmpty();
        if (embeddedMongo) {
            startMongo();
        } else {
            step("MongoDB", "external " + redact(settings.mongoUri()), -1);
        }

        // Kafka and Keycloak do not depend on each other: start both, then wait for both.
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "foyer-launcher");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<CompletableFuture<Void>> infra = new ArrayList<>();
            if (settings.externalKafka().isEmpty()) {
                infra.add(CompletableFuture.runAsync(this::startKafka, pool));
            } else {
                step("Kafka", "external " + settings.kafkaBootstrapServers(), -1);
            }
            if (settings.externalKeycloak().isEmpty()) {
                infra.add(CompletableFuture.runAsync(this::startKeycloak, pool));
            } else {
                step("Keycloak", "external " + settings.keycloakUrl(), -1);
            }
            join(infra);

            if (settings.startApps()) {
                List<CompletableFuture<Void>> apps = new ArrayList<>();
                for (PlatformSettings.AppSpec app : PlatformSettings.APPS) {
                    apps.add(CompletableFuture.runAsync(() -> startApp(app.name()), pool));
                }
                join(apps);
            }
        } finally {
            pool.shutdownNow();
        }
        out.printf("Platform up in %.0f s%n", seconds(t0));
        afterStart();
    }

    /** What runs once every part is healthy, still within the start (a failure stops them): nothing here. */
    protected void afterStart() {
    }

    /** Waits for all; on the first failure, throws it at once (the others are stopped by close()). */
    private static void join(List<CompletableFuture<Void>> futures) {
        CompletableFuture<Void> firstFailure = new CompletableFuture<>();
        futures.forEach(f -> f.whenComplete((ok, error) -> {
            if (error != null) {
                firstFailure.completeExceptionally(error);
            }
        }));
        try {
            CompletableFuture.anyOf(CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)), firstFailure)
                    .join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new LauncherException(String.valueOf(cause), cause);
        }
    }

    private void createStateDirs() {
        try {
            Files.createDirectories(settings.logDir());
        } catch (IOException e) {
            throw new LauncherException("Cannot create the state directory " + settings.stateDir() + ": " + e.getMessage());
        }
    }

    private void checkPrerequisites() {
        if (settings.startApps()) {
            for (PlatformSettings.AppSpec app : PlatformSettings.APPS) {
                Path jar = settings.appJar(app.name());
                if (!Files.isRegularFile(jar)) {
                    throw new LauncherException(jar + " is missing: run ./mvnw -DskipTests install");
                }
            }
        }
    }

    private void checkPorts() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        if (settings.externalMongoUri().isEmpty()) {
            ports.put(settings.mongoPort(), "mongodb");
        }
        if (settings.externalKafka().isEmpty()) {
            ports.put(settings.kafkaPort(), "kafka");
            ports.put(settings.kafkaControllerPort(), "kafka controller");
        }
        if (settings.externalKeycloak().isEmpty()) {
            ports.put(settings.keycloakPort(), "keycloak");
        }
        if (settings.startApps()) {
            for (PlatformSettings.AppSpec app : PlatformSettings.APPS) {
                ports.put(settings.port(app.basePort()), app.name());
            }
        }
        ports.forEach((port, owner) -> Ports.requireFree(port, owner));
    }

    private void startMongo() {
        long t = System.nanoTime();
        mongo = MongoStandIn.start(settings.stateDir().resolve("mongodb/foyer.mv"), settings.mongoPort());
        step("MongoDB stand-in", "localhost:" + settings.mongoPort(), t);
    }

    private void startKafka() {
        long t = System.nanoTime();
        ManagedProcess kafka = register(KafkaBroker.start(settings));
        Http.waitUntil("Kafka", () -> KafkaBroker.healthy(settings), kafka, settings.startTimeout(),
                kafka.logFile(), "port " + settings.kafkaPort());
        step("Kafka", settings.kafkaBootstrapServers(), t);
    }

    private void startKeycloak() {
        long t = System.nanoTime();
        ManagedProcess keycloak = register(KeycloakServer.start(settings));
        String discovery = KeycloakServer.discoveryUrl(settings.keycloakUrl());
        Http.waitUntil("Keycloak", () -> Http.answers200(discovery), keycloak, settings.startTimeout(),
                keycloak.logFile(), "GET " + discovery);
        step("Keycloak", settings.keycloakUrl() + " (realm " + PlatformSettings.REALM + ")", t);
    }

    private void startApp(String name) {
        long t = System.nanoTime();
        Map<String, String> env = appEnvironment(name);
        List<String> command = List.of(JavaHomes.javaExecutable(JavaHomes.current()).toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
                "-XX:ReservedCodeCacheSize=64m", "-XX:MaxMetaspaceSize=192m",
                "-jar", settings.appJar(name).toString());
        ManagedProcess process = register(ManagedProcess.start(name, command, settings.repoRoot().resolve(name), env,
                settings.logFile(name)));
        String health = settings.appUrl(name) + "/actuator/health";
        Http.waitUntil(name, () -> Http.answers200(health), process, settings.startTimeout(), process.logFile(),
                "GET " + health);
        step(name, settings.appUrl(name), t);
    }

    /**
     * The environment every app gets; the gateway also gets the services' and web's URLs, web the gateway's (its
     * pages call the API through the gateway, as the user). Only the gateway listens on every interface: the
     * services and web listen on loopback, so that the gateway is the way in from anywhere else.
     */
    static final String LOOPBACK = "127.0.0.1";

    public Map<String, String> appEnvironment(String name) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", String.valueOf(settings.appPort(name)));
        env.put("MONGODB_URI", settings.mongoUri());
        env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers());
        env.put("KEYCLOAK_URL", settings.keycloakUrl());
        env.put("TOKEN_ISSUER", settings.tokenIssuer());
        if (!name.equals("gateway")) {
            env.put("SERVER_ADDRESS", LOOPBACK);
        }
        if (name.equals("gateway")) {
            env.put("TENANT_SERVICE_URL", settings.appUrl("tenant-service"));
            env.put("HOUSING_SERVICE_URL", settings.appUrl("housing-service"));
            env.put("ACTIVITY_SERVICE_URL", settings.appUrl("activity-service"));
            env.put("REPORTING_SERVICE_URL", settings.appUrl("reporting-service"));
            env.put("WEB_URL", settings.appUrl("web"));
        }
        if (name.equals("web")) {
            env.put("FOYER_API_URL", settings.gatewayUrl());
        }
        return env;
    }

    private ManagedProcess register(ManagedProcess process) {
        processes.put(process.name(), process);
        startOrder.add(process.name());
        if (closed) {
            process.stop(5);
        }
        return process;
    }

    private void step(String what, String where, long startNanos) {
        if (startNanos < 0) {
            out.printf("  %-18s %s%n", what, where);
        } else {
            out.printf("  %-18s %-45s up in %4.1f s%n", what, where, seconds(startNanos));
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String redact(String uri) {
        return uri.replaceAll("//[^@/]*@", "//***@");
    }

    // ---------------------------------------------------------------- API for scripts and tests

    public PlatformSettings settings() {
        return settings;
    }

    @Override
    public String gatewayUrl() {
        return settings.gatewayUrl();
    }

    public String keycloakUrl() {
        return settings.keycloakUrl();
    }

    /** The issuer written into tokens, e.g. http://localhost:8180/realms/foyer. */
    public String tokenIssuer() {
        return settings.tokenIssuer();
    }

    public String tokenEndpoint() {
        return settings.tokenIssuer() + "/protocol/openid-connect/token";
    }

    public String mongoUri() {
        return settings.mongoUri();
    }

    public String kafkaBootstrapServers() {
        return settings.kafkaBootstrapServers();
    }

    /** The base URL of an app, e.g. {@code serviceUrl("housing-service")}. */
    public String serviceUrl(String app) {
        return settings.appUrl(app);
    }

    public Path logFile(String name) {
        return settings.logFile(name);
    }

    /** True while the named part (an app, "kafka", "keycloak", "mongodb") runs. */
    public boolean isRunning(String name) {
        if (MONGODB.equals(name)) {
            return mongo != null;
        }
        ManagedProcess process = processes.get(name);
        return process != null && process.isAlive();
    }

    /** The pids of the started child processes by name (descendants such as Keycloak's java not included). */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String name : List.copyOf(startOrder)) {
            ManagedProcess process = processes.get(name);
            if (process != null && process.isAlive()) {
                pids.put(name, process.pid());
            }
        }
        return pids;
    }

    /** A demo user's access token (password {@code demo}), asked with {@code scope=openid organization}. */
    @Override
    public String accessToken(String username) {
        return accessToken(username, "demo");
    }

    /** An access token from the password grant on client {@code foyer-cli}, scope {@code openid organization}. */
    public String accessToken(String username, String password) {
        return fetchAccessToken(tokenEndpoint(), username, password);
    }

    private static String fetchAccessToken(String tokenEndpoint, String username, String password) {
        try {
            Http.Response response = Http.postForm(tokenEndpoint, Map.of(
                    "grant_type", "password",
                    "client_id", "foyer-cli",
                    "username", username,
                    "password", password,
                    "scope", "openid organization"));
            Optional<String> token = Http.jsonField(response.body(), "access_token");
            if (response.status() != 200 || token.isEmpty()) {
                throw new LauncherException("No token for " + username + " from " + tokenEndpoint + ": HTTP "
                        + response.status() + " " + Http.abbreviate(response.body()));
            }
            return token.get();
        } catch (IOException e) {
            throw new LauncherException("No token for " + username + ": " + tokenEndpoint + " unreachable (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while asking a token for " + username);
        }
    }

    /**
     * Stops one part (an app name, {@code "kafka"}, {@code "keycloak"} or {@code "mongodb"}) and waits until it is
     * gone; the rest keeps running. Stopping something already stopped does nothing.
     */
    public void stop(String name) {
        if (MONGODB.equals(name)) {
            MongoStandIn m = mongo;
            mongo = null;
            if (m != null) {
                m.close();
            }
            return;
        }
        if (!processes.containsKey(name) && !KAFKA.equals(name) && !KEYCLOAK.equals(name)) {
            PlatformSettings.app(name); // throws for an unknown name
        }
        ManagedProcess process = processes.remove(name);
        if (process != null) {
            process.stop(20);
        }
    }

    /** Kills one process at once, as a crash would (no time for shutdown hooks); {@link #restart} brings it back. */
    public void kill(String name) {
        ManagedProcess process = processes.remove(name);
        if (process != null) {
            process.stop(0);
        }
    }

    /** Starts again a part that was stopped or killed (same ports, same data) and waits until it is healthy. */
    public void restart(String name) {
        if (MONGODB.equals(name)) {
            startMongo();
        } else if (KAFKA.equals(name)) {
            startKafka();
        } else if (KEYCLOAK.equals(name)) {
            startKeycloak();
        } else {
            startApp(PlatformSettings.app(name).name());
        }
    }

    /** Stops everything that was started, in reverse order, then the in-process MongoDB. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        List<String> order = new ArrayList<>(startOrder);
        java.util.Collections.reverse(order);
        // Apps first, in parallel (each JVM takes a second or two), then Keycloak and Kafka.
        List<CompletableFuture<Void>> apps = new ArrayList<>();
        for (String name : order) {
            if (!name.equals(KAFKA) && !name.equals(KEYCLOAK) && processes.containsKey(name)) {
                apps.add(CompletableFuture.runAsync(() -> stopQuietly(name)));
            }
        }
        apps.forEach(CompletableFuture::join);
        CompletableFuture<Void> keycloak = CompletableFuture.runAsync(() -> stopQuietly(KEYCLOAK));
        CompletableFuture<Void> kafka = CompletableFuture.runAsync(() -> stopQuietly(KAFKA));
        keycloak.join();
        kafka.join();
        stopQuietly(MONGODB);
    }

    private void stopQuietly(String name) {
        try {
            stop(name);
        } catch (RuntimeException e) {
            out.println("Could not stop " + name + ": " + e.getMessage());
        }
    }

    /** Prints where to log in. */
    public void printSummary() {
        String kc = keycloakUrl();
        out.println();
        out.println("Foyer is running. Ctrl-C stops everything.");
        out.println("  Web and API        " + gatewayUrl() + "  (web pages at /, API at /api)");
        out.println("  Keycloak admin     " + kc + "/admin  (admin / admin)");
        out.println("  Logs               " + settings.logDir());
        out.println();
        out.println("  Demo logins (password: demo)");
        out.println("    alice   staff               smes");
        out.println("    bruno   staff               diogenes");
        out.println("    chloe   coordinator         infirmiers-de-rue");
        out.println("    david   staff               new-samusocial");
        out.println("    eva     volunteer           habitat-et-humanisme");
        out.println("    hanna   staff               habitat-et-humanisme");
        out.println("    hugo    staff               a-toi-mon-toit");
        out.println("    farid   facilitator         smes");
        out.println("    gina    federation-analyst  (no organisation)");
        out.println();
        out.println("  Get a token and call the API:");
        out.println("    TOKEN=$(curl -s " + tokenEndpoint() + " \\");
        out.println("      -d grant_type=password -d client_id=foyer-cli -d username=alice -d password=demo \\");
        out.println("      -d 'scope=openid organization' | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
        out.println("    curl -s -H \"Authorization: Bearer $TOKEN\" " + gatewayUrl() + "/api/tenants");
        out.println();
        out.println(openLine());
    }

    /** The summary's last line: where a person starts. */
    String openLine() {
        return "open " + gatewayUrl() + " and sign in as alice / demo";
    }
}
