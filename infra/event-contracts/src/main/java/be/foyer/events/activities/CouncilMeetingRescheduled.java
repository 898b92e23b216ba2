package be.foyer.events.activities;

import java.time.Instant;

import be.foyer.events.DomainEvent;

/** A planned tenants' council meeting was moved to another time. */
public record CouncilMeetingRescheduled(
        String meetingId,
        Instant startsAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return meetingId;
    }
}
