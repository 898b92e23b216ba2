package be.foyer.events.activities;

import java.time.LocalDate;

import be.foyer.events.DomainEvent;

/**
 * A tenant was present at an occurrence. The envelope's organisation is the tenant's; {@code organiser} is the
 * organisation that ran the activity.
 */
public record ParticipationRecorded(
        String activityId,
        String occurrenceId,
        String tenantId,
        String organiser,
        String category,
        boolean recurring,
        LocalDate date,
        String placeId,
        String placeCategory) implements DomainEvent {

    @Override
    public String aggregateId() {
        return activityId;
    }
}
