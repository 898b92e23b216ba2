package be.foyer.events.activities;

import java.time.Instant;

import be.foyer.events.DomainEvent;

/** A collective activity entered in the shared calendar by the envelope's organisation. No title or place name. */
public record ActivityScheduled(
        String activityId,
        String category,
        String visibility,
        Instant startsAt,
        Instant endsAt,
        boolean recurring,
        int capacity) implements DomainEvent {

    @Override
    public String aggregateId() {
        return activityId;
    }
}
