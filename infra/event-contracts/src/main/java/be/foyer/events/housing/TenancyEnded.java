package be.foyer.events.housing;

import java.time.LocalDate;

import be.foyer.events.DomainEvent;

/**
 * A tenancy ended, with its reason. It repeats the move-in date so that a consumer can count retention whichever
 * of the two events it reads first.
 */
public record TenancyEnded(
        String tenancyId,
        String tenantId,
        String dwellingId,
        String housingModel,
        LocalDate moveInDate,
        LocalDate endDate,
        String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return tenancyId;
    }
}
