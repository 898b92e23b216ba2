package be.foyer.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Demo data, once per state directory (marker {@code <state>/demo-data.done}), through the gateway as the demo
 * users would do it. A failure prints one line and leaves the platform running.
 */
final class DemoData {

    static final String MARKER = "demo-data.done";

    private final LocalPlatform platform;
    private final Map<String, String> tokens = new HashMap<>();

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
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        int count = 0;

        String alice1 = create("alice", "/api/tenants", "{\"firstName\":\"Marc\",\"lastName\":\"Vandenberghe\"}");
        String alice2 = create("alice", "/api/tenants", "{\"firstName\":\"Fatima\",\"lastName\":\"Benali\"}");
        count += 2;
        create("alice", "/api/tenants/" + alice1 + "/follow-ups", followUp(today.minusDays(3), "PHONE", 30, null));
        create("alice", "/api/tenants/" + alice1 + "/follow-ups",
                followUp(today.minusDays(1), "ACCOMPANIMENT", 120,
                        "{\"name\":\"Musée Magritte\",\"category\":\"CULTURE\"}"));
        create("alice", "/api/tenants/" + alice2 + "/follow-ups", followUp(today.minusDays(2), "PHONE", 30, null));
        count += 3;

        String bruno1 = create("bruno", "/api/tenants", "{\"firstName\":\"Jean\",\"lastName\":\"Claes\"}");
        create("bruno", "/api/tenants/" + bruno1 + "/follow-ups", followUp(today.minusDays(1), "PHONE", 30, null));
        count += 2;

        create("hugo", "/api/dwellings", "{\"address\":{\"street\":\"Rue Haute\",\"number\":\"12\",\"postcode\":\"1000\","
                + "\"municipality\":\"Bruxelles\"},\"housingModel\":\"GROUPED_SOLIDARITY\",\"capacity\":2}");
        count++;

        create("farid", "/api/activities", "{\"title\":\"Atelier d'écriture\",\"category\":\"WORKSHOP\","
                + "\"visibility\":\"FEDERATION\",\"start\":\"2026-12-03T14:00\",\"end\":\"2026-12-03T16:00\",\"capacity\":8}");
        count++;
        return count;
    }

    static String followUp(LocalDate date, String mode, int minutes, String placeJson) {
        return "{\"date\":\"" + date + "\",\"mode\":\"" + mode + "\",\"durationMinutes\":" + minutes
                + (placeJson == null ? "" : ",\"place\":" + placeJson) + "}";
    }

    /** POSTs through the gateway as {@code user}; answers the created id (or "" when the body holds none). */
    private String create(String user, String path, String json) {
        String token = tokens.computeIfAbsent(user, platform::accessToken);
        String url = platform.gatewayUrl() + path;
        try {
            Http.Response response = Http.postJson(url, token, json);
            if (!response.ok()) {
                throw new LauncherException(user + ": POST " + path + " answered " + response.status() + " "
                        + LocalPlatform.abbreviate(response.body()));
            }
            return Http.jsonField(response.body(), "id").orElse("");
        } catch (IOException e) {
            throw new LauncherException(user + ": POST " + url + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted");
        }
    }
}
