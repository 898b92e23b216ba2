package be.foyer.events.tenants;

import java.time.LocalDate;

import be.foyer.events.DomainEvent;

/**
 * A tenant gave or withdrew consent for one purpose. With {@code FEDERATION_STATISTICS} given and a national
 * register number known, it carries the federation key; a withdrawal carries none, and consumers drop the key.
 */
public record ConsentChanged(
        String tenantId,
        String purpose,
        boolean granted,
        LocalDate changedOn,
        String federationKey) implements DomainEvent {

    @Override
    public String aggregateId() {
        return tenantId;
    }
}
