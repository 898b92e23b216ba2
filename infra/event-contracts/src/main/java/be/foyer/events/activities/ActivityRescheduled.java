package be.foyer.events.activities;

import java.time.Instant;

import be.foyer.events.DomainEvent;

/** An activity, or one occurrence of it, moved to another time. */
public record ActivityRescheduled(
        String activityId,
        String occurrenceId,
        Instant startsAt,
        Instant endsAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return activityId;
    }
}
