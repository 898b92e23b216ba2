package be.foyer.events.activities;

import be.foyer.events.DomainEvent;

/** An activity, or one occurrence of it, was cancelled. */
public record ActivityCancelled(
        String activityId,
        String occurrenceId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return activityId;
    }
}
