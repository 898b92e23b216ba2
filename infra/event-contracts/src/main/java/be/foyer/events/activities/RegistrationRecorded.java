package be.foyer.events.activities;

import be.foyer.events.DomainEvent;

/**
 * A tenant was registered to an occurrence, confirmed or waitlisted. A waitlisted registration that is promoted is
 * recorded again with status {@code CONFIRMED}. The envelope's organisation is the tenant's.
 */
public record RegistrationRecorded(
        String registrationId,
        String activityId,
        String occurrenceId,
        String tenantId,
        String status) implements DomainEvent {

    @Override
    public String aggregateId() {
        return activityId;
    }
}
