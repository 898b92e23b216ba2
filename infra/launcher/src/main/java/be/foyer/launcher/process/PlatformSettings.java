package be.foyer.launcher.process;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the platform's start ({@code LocalPlatform.start(settings)}, {@link PlatformProcesses}) needs: where the
 * repository is, where state and logs go, and a port offset added to every default port (so that a test can run
 * beside a developer's {@code ./foyer up}).
 * Immutable; the {@code with...} methods return a copy.
 *
 * <pre>{@code
 * PlatformSettings settings = PlatformSettings.of(repoRoot)
 *         .withStateDir(repoRoot.resolve("infra/launcher/target/e2e-state"))
 *         .withPortOffset(10000);
 * }</pre>
 */
public final class PlatformSettings {

    public static final int MONGO_PORT = 27017;
    public static final int KAFKA_PORT = 9092;
    public static final int KAFKA_CONTROLLER_PORT = 9093;
    public static final int KEYCLOAK_PORT = 8180;
    public static final String REALM = "foyer";

    /** The Spring Boot apps, in the order their ports are listed; all start in parallel. */
    public static final List<AppSpec> APPS = List.of(
            new AppSpec("tenant-service", 8081),
            new AppSpec("housing-service", 8082),
            new AppSpec("activity-service", 8083),
            new AppSpec("reporting-service", 8084),
            new AppSpec("web", 8085),
            new AppSpec("gateway", 8080));

    /** A Spring Boot app: its module directory (also the jar name) and its default port. */
    public record AppSpec(String name, int basePort) {
    }

    private final Path repoRoot;
    private final Path stateDir;
    private final int portOffset;
    private final Map<String, String> environment;
    private final boolean seedDemoData;
    private final boolean startApps;
    private final Duration startTimeout;
    private final PrintStream console;

    private PlatformSettings(Path repoRoot, Path stateDir, int portOffset, Map<String, String> environment,
                             boolean seedDemoData, boolean startApps, Duration startTimeout, PrintStream console) {
        this.repoRoot = repoRoot.toAbsolutePath().normalize();
        this.stateDir = stateDir.toAbsolutePath().normalize();
        this.portOffset = portOffset;
        this.environment = Map.copyOf(environment);
        this.seedDemoData = seedDemoData;
        this.startApps = startApps;
        this.startTimeout = startTimeout;
        this.console = console;
    }

    /** Defaults: state in {@code <repo>/.foyer}, no offset, the process environment, demo data seeded. */
    public static PlatformSettings of(Path repoRoot) {
        return new PlatformSettings(repoRoot, repoRoot.resolve(".foyer"), 0, System.getenv(), true, true,
                Duration.ofMinutes(3), System.out);
    }

    public PlatformSettings withStateDir(Path stateDir) {
        return new PlatformSettings(repoRoot, stateDir, portOffset, environment, seedDemoData, startApps, startTimeout, console);
    }

    public PlatformSettings withPortOffset(int portOffset) {
        if (portOffset < 0 || MONGO_PORT + portOffset > 65535) {
            throw new IllegalArgumentException("port offset out of range: " + portOffset);
        }
        return new PlatformSettings(repoRoot, stateDir, portOffset, environment, seedDemoData, startApps, startTimeout, console);
    }

    /**
     * The environment read for {@code MONGODB_URI}, {@code KAFKA_BOOTSTRAP_SERVERS}, {@code KEYCLOAK_URL} (each
     * skips the matching embedded part) and {@code FOYER_KEYCLOAK_JAVA_HOME}. A test passes {@code Map.of()} to
     * ignore the developer's shell.
     */
    public PlatformSettings withEnvironment(Map<String, String> environment) {
        return new PlatformSettings(repoRoot, stateDir, portOffset, environment, seedDemoData, startApps, startTimeout, console);
    }

    public PlatformSettings withDemoData(boolean seedDemoData) {
        return new PlatformSettings(repoRoot, stateDir, portOffset, environment, seedDemoData, startApps, startTimeout, console);
    }

    /** Without the apps, only Mongo, Kafka and Keycloak start (useful to run a service from the IDE). */
    public PlatformSettings withApps(boolean startApps) {
        return new PlatformSettings(repoRoot, stateDir, portOffset, environment, seedDemoData, startApps, startTimeout, console);
    }

    /** How long each part may take to become healthy. */
    public PlatformSettings withStartTimeout(Duration startTimeout) {
        return new PlatformSettings(repoRoot, stateDir, portOffset, environment, seedDemoData, startApps, startTimeout, console);
    }

    /** Where the step lines go; {@code System.out} by default. */
    public PlatformSettings withConsole(PrintStream console) {
        return new PlatformSettings(repoRoot, stateDir, portOffset, environment, seedDemoData, startApps, startTimeout, console);
    }

    public Path repoRoot() {
        return repoRoot;
    }

    public Path stateDir() {
        return stateDir;
    }

    public Path logDir() {
        return stateDir.resolve("logs");
    }

    public Path logFile(String name) {
        return logDir().resolve(name + ".log");
    }

    public int portOffset() {
        return portOffset;
    }

    public boolean seedDemoData() {
        return seedDemoData;
    }

    public boolean startApps() {
        return startApps;
    }

    public Duration startTimeout() {
        return startTimeout;
    }

    public PrintStream console() {
        return console;
    }

    /** A default port shifted by the offset. */
    public int port(int basePort) {
        return basePort + portOffset;
    }

    public int mongoPort() {
        return port(MONGO_PORT);
    }

    public int kafkaPort() {
        return port(KAFKA_PORT);
    }

    public int kafkaControllerPort() {
        return port(KAFKA_CONTROLLER_PORT);
    }

    public int keycloakPort() {
        return port(KEYCLOAK_PORT);
    }

    public int appPort(String app) {
        return port(app(app).basePort());
    }

    public static AppSpec app(String name) {
        return APPS.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown app " + name + "; known: "
                        + APPS.stream().map(AppSpec::name).toList()));
    }

    /** {@code MONGODB_URI} from the environment, when an external MongoDB is to be used. */
    public Optional<String> externalMongoUri() {
        return env("MONGODB_URI");
    }

    public Optional<String> externalKafka() {
        return env("KAFKA_BOOTSTRAP_SERVERS");
    }

    public Optional<String> externalKeycloak() {
        return env("KEYCLOAK_URL").map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    public Optional<String> keycloakJavaHomeOverride() {
        return env("FOYER_KEYCLOAK_JAVA_HOME");
    }

    public String mongoUri() {
        return externalMongoUri().orElse("mongodb://localhost:" + mongoPort());
    }

    public String kafkaBootstrapServers() {
        return externalKafka().orElse("localhost:" + kafkaPort());
    }

    public String keycloakUrl() {
        return externalKeycloak().orElse("http://localhost:" + keycloakPort());
    }

    /** The issuer Keycloak writes into tokens (in dev mode it follows the URL the client used). */
    public String tokenIssuer() {
        return keycloakUrl() + "/realms/" + REALM;
    }

    public String appUrl(String app) {
        return "http://localhost:" + appPort(app);
    }

    public String gatewayUrl() {
        return appUrl("gateway");
    }

    /** {@code infra/launcher/target}: the broker classpath ({@code lib/}) and the Keycloak zip ({@code keycloak/}). */
    public Path launcherTarget() {
        return repoRoot.resolve("infra/launcher/target");
    }

    public Path appJar(String app) {
        return repoRoot.resolve(app).resolve("target").resolve(app + ".jar");
    }

    public Path realmFile() {
        return repoRoot.resolve("infra/keycloak/foyer-realm.json");
    }

    private Optional<String> env(String name) {
        return Optional.ofNullable(environment.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    @Override
    public String toString() {
        return "PlatformSettings[repoRoot=" + repoRoot + ", stateDir=" + stateDir + ", portOffset=" + portOffset + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlatformSettings other && repoRoot.equals(other.repoRoot) && stateDir.equals(other.stateDir)
                && portOffset == other.portOffset;
    }

    @Override
    public int hashCode() {
        return Objects.hash(repoRoot, stateDir, portOffset);
    }
}
