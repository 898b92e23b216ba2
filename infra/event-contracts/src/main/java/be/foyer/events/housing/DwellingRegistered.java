package be.foyer.events.housing;

import be.foyer.events.DomainEvent;

/** A housing unit the envelope's organisation manages. */
public record DwellingRegistered(String dwellingId, String housingModel, int capacity) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dwellingId;
    }
}
