package be.foyer.events.housing;

import java.time.LocalDate;

import be.foyer.events.DomainEvent;

/** A housing search ended: housed (with the tenancy that started) or abandoned. */
public record HousingSearchClosed(
        String searchId,
        String tenantId,
        LocalDate closedOn,
        String outcome,
        String tenancyId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return searchId;
    }
}
