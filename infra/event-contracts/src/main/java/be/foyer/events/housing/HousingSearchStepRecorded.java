package be.foyer.events.housing;

import java.time.LocalDate;

import be.foyer.events.DomainEvent;

/**
 * One step of a housing search (a visit, an application, an offer...). Landlords' names and refusal reasons stay in
 * housing-service.
 */
public record HousingSearchStepRecorded(
        String searchId,
        String tenantId,
        String stepId,
        String kind,
        LocalDate date) implements DomainEvent {

    @Override
    public String aggregateId() {
        return searchId;
    }
}
