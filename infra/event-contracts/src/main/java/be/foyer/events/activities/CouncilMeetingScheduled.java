package be.foyer.events.activities;

import java.time.Instant;

import be.foyer.events.DomainEvent;

/** A tenants' council meeting was planned. */
public record CouncilMeetingScheduled(
        String meetingId,
        Instant startsAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return meetingId;
    }
}
