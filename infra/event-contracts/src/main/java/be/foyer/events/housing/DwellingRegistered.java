package be.foyer.events.housing;

import be.foyer.events.DomainEvent;

/** A dwelling entered by the envelope's organisation. No address travels: only what the federation counts. */
public record DwellingRegistered(
        String dwellingId,
        String siteId,
        String housingModel,
        int capacity) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dwellingId;
    }
}
