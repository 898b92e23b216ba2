package be.foyer.web.tenants.file;

import java.time.LocalDate;
import java.util.List;

/**
 * The tenant's file as {@code GET /api/tenants/{id}} answers it (the fields pages show). The national register
 * number and relays are present for staff and coordinators only.
 */
public record TenantFile(String id, String firstName, String lastName, String preferredName, LocalDate birthDate,
        Integer birthYear, List<String> languages, String phone, String whatsApp, List<String> referentWorkers,
        List<String> assignedVolunteers, String nationalRegisterNumber, String status,
        List<StatusChange> statusHistory, String registeredOn, String registeredBy) {

    public record StatusChange(String status, LocalDate changedOn, String changedBy) {
    }

    /** How the person is called on a page: first and last name, or the nickname when that is all there is. */
    public String displayName() {
        String name = String.join(" ", java.util.stream.Stream.of(firstName, lastName)
                .filter(part -> part != null && !part.isBlank()).toList());
        if (name.isBlank()) {
            return preferredName == null ? "" : preferredName;
        }
        return preferredName == null || preferredName.isBlank() ? name : name + " (" + preferredName + ")";
    }

    public List<String> referents() {
        return referentWorkers == null ? List.of() : referentWorkers;
    }
}
