package be.foyer.activities.occurrence;

import java.time.Instant;

import be.foyer.platform.domain.Author;

/**
 * A tenant's place (or place in the waitlist) at one occurrence. The first name is what the registering worker
 * typed; it stays in this service and is shown to other organisations only with the tenant's consent.
 *
 * @param organisation the tenant's organisation, which registered them
 * @param registeredBy the worker who registered them (or noted them walked in)
 * @param presence     {@code null} until attendance is taken
 * @param promotedAt   when a waiting registration got a place (a cancellation freed it, or the tenant came anyway);
 *                     {@code null} otherwise
 */
public record Registration(
        String id,
        String tenantId,
        String organisation,
        String firstName,
        RegistrationStatus status,
        Instant registeredAt,
        Author registeredBy,
        Presence presence,
        Instant promotedAt) {

    public boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }

    public Registration withStatus(RegistrationStatus newStatus) {
        return new Registration(id, tenantId, organisation, firstName, newStatus, registeredAt, registeredBy, presence,
                promotedAt);
    }

    /** The waiting registration with a place from {@code now}. */
    public Registration promoted(Instant now) {
        return new Registration(id, tenantId, organisation, firstName, RegistrationStatus.CONFIRMED, registeredAt,
                registeredBy, presence, now);
    }

    public Registration withoutFirstName() {
        return new Registration(id, tenantId, organisation, null, status, registeredAt, registeredBy, presence,
                promotedAt);
    }

    public Registration withPresence(Presence newPresence) {
        return new Registration(id, tenantId, organisation, firstName, status, registeredAt, registeredBy, newPresence,
                promotedAt);
    }
}
