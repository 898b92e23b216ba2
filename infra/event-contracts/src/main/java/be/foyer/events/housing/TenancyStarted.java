package be.foyer.events.housing;

import java.time.LocalDate;

import be.foyer.events.DomainEvent;

/** A tenant moved into a dwelling (a room of it, when shared). */
public record TenancyStarted(
        String tenancyId,
        String tenantId,
        String dwellingId,
        String siteId,
        String housingModel,
        LocalDate moveInDate,
        LocalDate plannedEnd) implements DomainEvent {

    @Override
    public String aggregateId() {
        return tenancyId;
    }
}
