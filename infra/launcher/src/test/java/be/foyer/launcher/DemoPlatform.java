package be.foyer.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import be.foyer.launcher.process.PlatformSettings;

/**
 * The platform as {@code ./foyer up} starts it (demo data, ports shifted by 30000), started once for every suite of
 * the run that reads the demo data (the demo walk-through first, then the browser suites) and stopped when the run
 * ends (JUnit's root store closes it) or when the last suite closes it early. One start of Keycloak, Kafka and the
 * services for all of them: each start costs about two minutes of the build.
 *
 * <p>{@code FOYER_BROWSER_ATTACH=N} uses an already running {@code ./foyer up --port-offset N} (with demo data)
 * instead of starting one: quicker while writing pages.
 */
final class DemoPlatform implements AutoCloseable {

    private static final int PORT_OFFSET = 30_000;
    private static DemoPlatform current;

    final LocalPlatform platform;
    final boolean attached;
    private boolean closed;

    private DemoPlatform(LocalPlatform platform, boolean attached) {
        this.platform = platform;
        this.attached = attached;
    }

    static DemoPlatform current() {
        return current;
    }

    static Path repoRoot() {
        return Path.of("").toAbsolutePath().resolve("../..").normalize();
    }

    private static DemoPlatform start() {
        long start = System.nanoTime();
        String attach = System.getenv("FOYER_BROWSER_ATTACH");
        boolean attached = attach != null && !attach.isBlank();
        LocalPlatform platform;
        if (attached) {
            platform = LocalPlatform.prepare(PlatformSettings.of(repoRoot()).withEnvironment(Map.of())
                    .withPortOffset(Integer.parseInt(attach.trim())));
        } else {
            Path state = repoRoot().resolve("infra/launcher/target/e2e-browser");
            try {
                PlatformEndToEndIT.deleteRecursively(state);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            platform = LocalPlatform.start(PlatformSettings.of(repoRoot())
                    .withStateDir(state)
                    .withPortOffset(PORT_OFFSET)
                    .withEnvironment(Map.of())
                    .withDemoData(true)
                    .withStartTimeout(Duration.ofMinutes(4)));
        }
        System.out.printf("Demo platform up in %.0f s%n", (System.nanoTime() - start) / 1e9);
        return new DemoPlatform(platform, attached);
    }

    /** Idempotent: the last suite closes it early, the root store again at the end of the run. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        platform.close();
        current = null;
    }

    /** Starts the shared platform before the first suite that needs it. */
    static final class Shared implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            current = context.getRoot().getStore(ExtensionContext.Namespace.create(DemoPlatform.class))
                    .computeIfAbsent(DemoPlatform.class, key -> start(), DemoPlatform.class);
        }
    }
}
