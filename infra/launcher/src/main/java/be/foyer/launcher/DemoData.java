package be.foyer.launcher;

import be.foyer.events.BrusselsTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Demo data, once per state directory (marker {@code <state>/demo-data.done}), through the gateway as the demo
 * users would do it. A failure prints one line and leaves the platform running.
 */
final class DemoData {

    static final String MARKER = "demo-data.done";

    private final LocalPlatform platform;

    DemoData(LocalPlatform platform) {
        this.platform = platform;
    }

    void seedOnce() {
        Path marker = platform.settings().stateDir().resolve(MARKER);
        if (Files.exists(marker)) {
            platform.out().println("  Demo data          already there (delete " + marker + " to seed again)");
            return;
        }
        long t = System.nanoTime();
        try {
            int created = seed();
            Files.writeString(marker, java.time.Instant.now() + " " + created + " records\n");
            platform.out().printf("  %-18s %-45s done in %4.1f s%n", "Demo data", created + " records created",
                    (System.nanoTime() - t) / 1e9);
        } catch (LauncherException e) {
            platform.out().println("  Demo data          NOT seeded: " + e.getMessage()
                    + " (the platform keeps running; it will be tried again at the next ./foyer up)");
        } catch (IOException e) {
            platform.out().println("  Demo data          seeded, but the marker could not be written: " + e.getMessage());
        }
    }

    private int seed() {
        LocalDate today = LocalDate.now(BrusselsTime.ZONE);
        DemoClient api = new DemoClient(platform);
        List<String> aliceTenants = new CaseFilesDemo(api, today).run();
        new HousingDemo(api, today).run(aliceTenants.get(1));
        Map<String, List<String>> tenantsByWorker = new GeneratedMonth(api, today).run();
        new ActivitiesDemo(api, LocalDateTime.now(BrusselsTime.ZONE)).run(tenantsByWorker);
        return api.created();
    }
}
