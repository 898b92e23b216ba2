package be.foyer.events.housing;

import java.util.List;

import be.foyer.events.DomainEvent;

/** A building or plot that groups dwellings and shared spaces. No address travels. */
public record SiteRegistered(
        String siteId,
        String housingModel,
        List<String> sharedSpaces) implements DomainEvent {

    @Override
    public String aggregateId() {
        return siteId;
    }
}
