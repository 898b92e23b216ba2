package be.foyer.events.housing;

import java.time.LocalDate;

import be.foyer.events.DomainEvent;

/** A worker began searching for a home with a tenant. */
public record HousingSearchOpened(
        String searchId,
        String tenantId,
        LocalDate openedOn) implements DomainEvent {

    @Override
    public String aggregateId() {
        return searchId;
    }
}
