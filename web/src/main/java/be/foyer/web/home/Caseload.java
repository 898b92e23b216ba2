package be.foyer.web.home;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import be.foyer.web.tenants.find.PersonName;

/** {@code GET /api/tenants/caseload}: the signed-in worker's people, this week's appointments, the files opened last. */
public record Caseload(List<Followed> tenants, List<Appointment> appointments, List<Opened> recentlyOpened) {

    public Caseload {
        tenants = tenants == null ? List.of() : tenants;
        appointments = appointments == null ? List.of() : appointments;
        recentlyOpened = recentlyOpened == null ? List.of() : recentlyOpened;
    }

    public long notMetThisMonth() {
        return tenants.stream().filter(tenant -> !tenant.metThisMonth()).count();
    }

    public long noContactFor30Days() {
        return tenants.stream().filter(Followed::noContactFor30Days).count();
    }

    /** @param lastContactOn the last contact that took place, or null if none did */
    public record Followed(String id, String firstName, String lastName, String preferredName, String status,
            LocalDate lastContactOn, boolean metThisMonth, boolean noContactFor30Days) {
        public String name() {
            return PersonName.of(firstName, lastName, preferredName);
        }
    }

    /** @param time "HH:mm" (Brussels) or null */
    public record Appointment(String tenantId, String firstName, String lastName, String preferredName,
            LocalDate date, String time, String mode) {
        public String name() {
            return PersonName.of(firstName, lastName, preferredName);
        }
    }

    public record Opened(String tenantId, String firstName, String lastName, String preferredName,
            Instant openedAt) {
        public String name() {
            return PersonName.of(firstName, lastName, preferredName);
        }
    }
}
