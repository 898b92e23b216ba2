package be.foyer.events.activities;

import java.time.LocalDate;
import java.util.List;

import be.foyer.events.DomainEvent;

/** A tenants' council meeting took place: which organisations came and how many tenants, never who. */
public record CouncilMeetingHeld(
        String meetingId,
        LocalDate heldOn,
        List<String> attendingOrganisations,
        int tenantsPresent) implements DomainEvent {

    @Override
    public String aggregateId() {
        return meetingId;
    }
}
