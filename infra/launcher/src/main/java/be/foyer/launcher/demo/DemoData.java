package be.foyer.launcher.demo;

import be.foyer.events.BrusselsTime;
import be.foyer.launcher.process.GatewayAccess;
import be.foyer.launcher.process.LauncherException;
import java.io.IOException;
import java.io.PrintStream;
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
public final class DemoData {

    public static final String MARKER = "demo-data.done";

    private final GatewayAccess gateway;
    private final Path stateDir;
    private final PrintStream out;

    /** Seeds through {@code gateway}, keeps its marker in {@code stateDir}, writes its one line to {@code out}. */
    public DemoData(GatewayAccess gateway, Path stateDir, PrintStream out) {
        this.gateway = gateway;
        this.stateDir = stateDir;
        this.out = out;
    }

    public void seedOnce() {
        Path marker = stateDir.resolve(MARKER);
        if (Files.exists(marker)) {
            out.println("  Demo data          already there (delete " + marker + " to seed again)");
            return;
        }
        long t = System.nanoTime();
        try {
            int created = seed();
            Files.writeString(marker, java.time.Instant.now() + " " + created + " records\n");
            out.printf("  %-18s %-45s done in %4.1f s%n", "Demo data", created + " records created",
                    (System.nanoTime() - t) / 1e9);
        } catch (LauncherException e) {
            out.println("  Demo data          NOT seeded: " + e.getMessage()
                    + " (the platform keeps running; it will be tried again at the next ./foyer up)");
        } catch (IOException e) {
            out.println("  Demo data          seeded, but the marker could not be written: " + e.getMessage());
        }
    }

    private int seed() {
        LocalDate today = LocalDate.now(BrusselsTime.ZONE);
        DemoClient api = new DemoClient(gateway);
        List<String> aliceTenants = new CaseFilesDemo(api, today).run();
        new HousingDemo(api, today).run(aliceTenants.get(1));
        Map<String, List<String>> tenantsByWorker = new GeneratedMonth(api, today).run();
        new ActivitiesDemo(api, LocalDateTime.now(BrusselsTime.ZONE)).run(tenantsByWorker);
        return api.created();
    }
}
