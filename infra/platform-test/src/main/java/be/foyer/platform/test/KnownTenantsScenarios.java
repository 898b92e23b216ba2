package be.foyer.platform.test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;

import be.foyer.events.EventEnvelope;
import be.foyer.events.tenants.TenantRegistered;
import be.foyer.platform.tenants.KnownTenants;

/** The projection scenarios for a service's {@link KnownTenants} read model. */
public abstract class KnownTenantsScenarios extends ProjectionScenarios {

    @Autowired
    private KnownTenants knownTenants;

    @Override
    protected EventEnvelope<?> newEvent(String organisation) {
        return EventEnvelope.of(organisation,
                new TenantRegistered(UUID.randomUUID().toString(), LocalDate.of(2026, 1, 15), null), Instant.now());
    }

    @Override
    protected boolean isProjected(EventEnvelope<?> event) {
        return knownTenants.has(event.organisation(), event.aggregateId());
    }

    @Override
    protected long projectedCount(String organisation) {
        return knownTenants.count(organisation);
    }
}
