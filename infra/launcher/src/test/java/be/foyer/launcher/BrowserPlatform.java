package be.foyer.launcher;

import be.foyer.launcher.process.PlatformSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * The platform as {@code ./foyer up} starts it (demo data, ports shifted by 30000) and a headless Debian Chromium,
 * started once for every browser suite of the run and stopped when the run ends (JUnit's root store closes it).
 *
 * <p>{@code FOYER_BROWSER_ATTACH=N} uses an already running {@code ./foyer up --port-offset N} (with demo data)
 * instead of starting one: quicker while writing pages. {@code FOYER_SCREENSHOTS=docs/ui} (relative to the
 * repository root) makes the suites write the main pages as PNGs; CI leaves it unset.
 */
final class BrowserPlatform implements AutoCloseable {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final int PORT_OFFSET = 30_000;
    private static BrowserPlatform current;

    final LocalPlatform platform;
    final Playwright playwright;
    final Browser browser;
    final Optional<Path> screenshots;
    final boolean attached;
    private boolean closed;

    private BrowserPlatform(LocalPlatform platform, boolean attached, Optional<Path> screenshots) {
        this.platform = platform;
        this.attached = attached;
        this.screenshots = screenshots;
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM);
    }

    static BrowserPlatform current() {
        return current;
    }

    private static BrowserPlatform start() {
        long start = System.nanoTime();
        Path repoRoot = Path.of("").toAbsolutePath().resolve("../..").normalize();
        String attach = System.getenv("FOYER_BROWSER_ATTACH");
        LocalPlatform platform;
        boolean attached = attach != null && !attach.isBlank();
        try {
            if (attached) {
                platform = LocalPlatform.prepare(PlatformSettings.of(repoRoot).withEnvironment(Map.of())
                        .withPortOffset(Integer.parseInt(attach.trim())));
            } else {
                Path state = repoRoot.resolve("infra/launcher/target/e2e-browser");
                PlatformEndToEndIT.deleteRecursively(state);
                platform = LocalPlatform.start(PlatformSettings.of(repoRoot)
                        .withStateDir(state)
                        .withPortOffset(PORT_OFFSET)
                        .withEnvironment(Map.of())
                        .withDemoData(true)
                        .withStartTimeout(Duration.ofMinutes(4)));
            }
            Optional<Path> screenshots = Optional.ofNullable(System.getenv("FOYER_SCREENSHOTS"))
                    .filter(s -> !s.isBlank()).map(repoRoot::resolve);
            if (screenshots.isPresent()) {
                Files.createDirectories(screenshots.get());
            }
            BrowserPlatform started = new BrowserPlatform(platform, attached, screenshots);
            System.out.printf("Browser suites: platform and browser up in %.0f s%n", (System.nanoTime() - start) / 1e9);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return platform.gatewayUrl() + path;
    }

    /** Idempotent: the last suite closes it early, the root store again at the end of the run. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            browser.close();
            playwright.close();
        } finally {
            platform.close();
            current = null;
        }
    }

    /** Starts the shared platform before the first browser suite; the root store closes it after the last one. */
    static final class Shared implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            current = context.getRoot().getStore(ExtensionContext.Namespace.create(BrowserPlatform.class))
                    .computeIfAbsent(BrowserPlatform.class, key -> start(), BrowserPlatform.class);
        }
    }
}
