package be.foyer.events.tenants;

import java.time.LocalDate;

import be.foyer.events.DomainEvent;

/** A tenant was handed over to another service. The contact person stays in tenant-service. */
public record TenantRelayed(
        String tenantId,
        LocalDate relayedOn,
        String service) implements DomainEvent {

    @Override
    public String aggregateId() {
        return tenantId;
    }
}
