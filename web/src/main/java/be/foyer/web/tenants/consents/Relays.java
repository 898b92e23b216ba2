package be.foyer.web.tenants.consents;

import java.time.LocalDate;
import java.util.List;

/** The relays of a file, as {@code GET /api/tenants/{id}} gives them to staff and coordinators. */
record Relays(List<Relay> relays) {

    record Relay(String service, LocalDate date, LocalDate handoverUntil, String contact, String recordedBy) {
    }

    List<Relay> all() {
        return relays == null ? List.of() : relays;
    }
}
