package be.foyer.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * A headless Debian Chromium on the shared demo platform ({@link DemoPlatform}), started once for every browser suite
 * of the run and stopped when the run ends (JUnit's root store closes it) or when the last suite closes it early,
 * the platform with it.
 *
 * <p>{@code FOYER_SCREENSHOTS=docs/ui} (relative to the repository root) makes the suites write the main pages as
 * PNGs; CI leaves it unset.
 */
final class BrowserPlatform implements AutoCloseable {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static BrowserPlatform current;

    final DemoPlatform demo;
    final LocalPlatform platform;
    final Playwright playwright;
    final Browser browser;
    final Optional<Path> screenshots;
    final boolean attached;
    private boolean closed;

    private BrowserPlatform(DemoPlatform demo, Optional<Path> screenshots) {
        this.demo = demo;
        this.platform = demo.platform;
        this.attached = demo.attached;
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

    private static BrowserPlatform start(DemoPlatform demo) {
        try {
            Optional<Path> screenshots = Optional.ofNullable(System.getenv("FOYER_SCREENSHOTS"))
                    .filter(s -> !s.isBlank()).map(DemoPlatform.repoRoot()::resolve);
            if (screenshots.isPresent()) {
                Files.createDirectories(screenshots.get());
            }
            return new BrowserPlatform(demo, screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return platform.gatewayUrl() + path;
    }

    /** Idempotent: the last suite closes it early (and the platform with it), the root store again at the end. */
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
            demo.close();
            current = null;
        }
    }

    /** Starts the browser (and the shared platform, if no suite did) before the first browser suite. */
    static final class Shared implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            new DemoPlatform.Shared().beforeAll(context);
            DemoPlatform demo = DemoPlatform.current();
            current = context.getRoot().getStore(ExtensionContext.Namespace.create(BrowserPlatform.class))
                    .computeIfAbsent(BrowserPlatform.class, key -> start(demo), BrowserPlatform.class);
        }
    }
}
