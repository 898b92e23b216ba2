package be.foyer.events.tenants;

import java.util.List;

import be.foyer.events.DomainEvent;

/**
 * The volunteers assigned to a tenant, all of them, as they are now (an empty list: none any more). Keycloak
 * usernames of the organisation's volunteers: worker accounts, not the tenant's personal data. Services that let a
 * volunteer act for the tenants they accompany (activities) keep the latest list.
 */
public record VolunteersAssigned(
        String tenantId,
        List<String> volunteers) implements DomainEvent {

    public VolunteersAssigned {
        volunteers = volunteers == null ? List.of() : List.copyOf(volunteers);
    }

    @Override
    public String aggregateId() {
        return tenantId;
    }
}
