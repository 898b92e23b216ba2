package be.foyer.events.tenants;

import java.time.LocalDate;

import be.foyer.events.DomainEvent;

/** A tenant's status moved on (street, searching, housed, relayed, exited). */
public record TenantStatusChanged(
        String tenantId,
        String status,
        String previousStatus,
        LocalDate changedOn) implements DomainEvent {

    @Override
    public String aggregateId() {
        return tenantId;
    }
}
