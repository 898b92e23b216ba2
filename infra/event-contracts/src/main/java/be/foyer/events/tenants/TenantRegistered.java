package be.foyer.events.tenants;

import java.time.LocalDate;

import be.foyer.events.DomainEvent;

/**
 * A person is now followed by the envelope's organisation. {@code federationKey} is present only when the person
 * consents to federation statistics and the national register number is known (contract: federation key).
 */
public record TenantRegistered(
        String tenantId,
        LocalDate registeredOn,
        String federationKey) implements DomainEvent {

    @Override
    public String aggregateId() {
        return tenantId;
    }
}
