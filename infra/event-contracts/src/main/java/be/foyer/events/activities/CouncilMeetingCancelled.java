package be.foyer.events.activities;

import be.foyer.events.DomainEvent;

/** A planned tenants' council meeting was called off. */
public record CouncilMeetingCancelled(
        String meetingId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return meetingId;
    }
}
