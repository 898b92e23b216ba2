package be.foyer.events.tenants;

import java.time.LocalDate;

import be.foyer.events.DomainEvent;

/**
 * A tenant's personal data was erased at their request. Consumers drop what they hold about the tenant that could
 * identify them (federation key, first names); anonymous counts already made stay.
 */
public record TenantErased(
        String tenantId,
        LocalDate erasedOn) implements DomainEvent {

    @Override
    public String aggregateId() {
        return tenantId;
    }
}
