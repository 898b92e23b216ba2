package be.foyer.activities.occurrence;

import java.time.Instant;

/**
 * A tenant's place (or place in the waitlist) at one occurrence. The first name is what the registering worker
 * typed; it stays in this service and is shown to other organisations only with the tenant's consent.
 *
 * @param organisation the tenant's organisation, which registered them
 * @param presence     {@code null} until attendance is taken
 */
public record Registration(
        String id,
        String tenantId,
        String organisation,
        String firstName,
        RegistrationStatus status,
        Instant registeredAt,
        String registeredBy,
        Presence presence) {

    public boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }

    public Registration withStatus(RegistrationStatus newStatus) {
        return new Registration(id, tenantId, organisation, firstName, newStatus, registeredAt, registeredBy, presence);
    }

    public Registration withoutFirstName() {
        return new Registration(id, tenantId, organisation, null, status, registeredAt, registeredBy, presence);
    }

    public Registration withPresence(Presence newPresence) {
        return new Registration(id, tenantId, organisation, firstName, status, registeredAt, registeredBy, newPresence);
    }
}
