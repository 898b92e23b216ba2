package be.foyer.events.activities;

import be.foyer.events.DomainEvent;

/** A registration was withdrawn. The envelope's organisation is the tenant's. */
public record RegistrationCancelled(
        String registrationId,
        String activityId,
        String occurrenceId,
        String tenantId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return activityId;
    }
}
