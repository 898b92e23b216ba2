package be.foyer.web.tenants.consents;

import java.time.LocalDate;
import java.util.List;

/** The relays of a file, as {@code GET /api/tenants/{id}} gives them to staff and coordinators. */
public record Relays(List<Relay> relays) {

    public record Relay(String service, LocalDate date, LocalDate handoverUntil, String contact, String recordedBy) {
    }

    public List<Relay> all() {
        return relays == null ? List.of() : relays;
    }
}
