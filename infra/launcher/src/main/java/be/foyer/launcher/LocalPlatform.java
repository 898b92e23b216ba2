package be.foyer.launcher;

import be.foyer.launcher.demo.DemoData;
import be.foyer.launcher.process.PlatformProcesses;
import be.foyer.launcher.process.PlatformSettings;

/**
 * The whole platform on one machine, as {@code ./foyer up} and the end-to-end tests start it: the processes
 * ({@link PlatformProcesses}: MongoDB stand-in, Kafka, Keycloak, the six apps), then the demo data once
 * ({@link DemoData}) when the settings ask for it. Usable from a JUnit test:
 *
 * <pre>{@code
 * try (LocalPlatform platform = LocalPlatform.start(PlatformSettings.of(repoRoot)
 *         .withStateDir(repoRoot.resolve("infra/launcher/target/e2e")).withPortOffset(10000))) {
 *     String token = platform.accessToken("alice");
 *     // call platform.gatewayUrl() + "/api/tenants" ...
 *     platform.stop("housing-service");
 * }
 * }</pre>
 */
public final class LocalPlatform extends PlatformProcesses {

    private LocalPlatform(PlatformSettings settings) {
        super(settings);
    }

    /** Starts everything the settings ask for and waits until it is healthy (and seeded). */
    public static LocalPlatform start(PlatformSettings settings) {
        LocalPlatform platform = new LocalPlatform(settings);
        platform.startOrClose();
        return platform;
    }

    /** Not started yet: lets the command line register a shutdown hook before anything runs. */
    static LocalPlatform prepare(PlatformSettings settings) {
        return new LocalPlatform(settings);
    }

    /** Demo data needs the apps; a failure to seed prints one line and leaves the platform running. */
    @Override
    protected void afterStart() {
        if (settings().startApps() && settings().seedDemoData()) {
            new DemoData(this, settings().stateDir(), settings().console()).seedOnce();
        }
    }
}
