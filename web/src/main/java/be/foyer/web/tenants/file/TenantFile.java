package be.foyer.web.tenants.file;

import java.time.LocalDate;
import java.util.List;

import be.foyer.web.support.PersonName;

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
        return PersonName.of(firstName, lastName, preferredName);
    }

    public List<String> referents() {
        return referentWorkers == null ? List.of() : referentWorkers;
    }
}
