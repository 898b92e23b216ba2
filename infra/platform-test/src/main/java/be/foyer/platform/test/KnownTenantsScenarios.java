package be.foyer.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import be.foyer.events.EventEnvelope;
import be.foyer.events.tenants.ConsentChanged;
import be.foyer.events.tenants.TenantErased;
import be.foyer.events.tenants.TenantRegistered;
import be.foyer.events.tenants.VolunteersAssigned;
import be.foyer.platform.tenants.KnownTenants;

/** The projection scenarios for a service's {@link KnownTenants} read model. */
public abstract class KnownTenantsScenarios extends ProjectionScenarios {

    @Autowired
    private KnownTenants knownTenants;

    @Test
    void an_erased_tenant_is_unknown_even_when_its_registration_is_delivered_again() {
        EventEnvelope<?> registered = newEvent("smes");
        String tenantId = registered.aggregateId();
        deliver(registered);
        await().atMost(PATIENCE).until(() -> knownTenants.has("smes", tenantId));

        deliver(EventEnvelope.of("smes", new TenantErased(tenantId, LocalDate.of(2026, 2, 1)), Instant.now()));
        await().atMost(PATIENCE).until(() -> !knownTenants.has("smes", tenantId));
        deliver(EventEnvelope.of("smes", new TenantRegistered(tenantId, LocalDate.of(2026, 1, 15), null),
                Instant.now()));
        EventEnvelope<?> later = newEvent("smes");
        deliver(later);
        await().atMost(PATIENCE).until(() -> isProjected(later));

        assertThat(knownTenants.has("smes", tenantId)).isFalse();
    }

    @Test
    void the_shared_activities_consent_follows_its_latest_change() {
        EventEnvelope<?> registered = newEvent("smes");
        String tenantId = registered.aggregateId();
        deliver(registered);
        deliver(consent(tenantId, "SHARED_ACTIVITIES", true));
        await().atMost(PATIENCE).until(() -> knownTenants.sharesFirstName(tenantId));

        deliver(consent(tenantId, "PHOTO", false));
        deliver(consent(tenantId, "SHARED_ACTIVITIES", false));
        await().atMost(PATIENCE).until(() -> !knownTenants.sharesFirstName(tenantId));
    }

    @Test
    void the_volunteers_assigned_follow_the_latest_list_and_only_within_the_tenants_organisation() {
        EventEnvelope<?> registered = newEvent("smes");
        String tenantId = registered.aggregateId();
        deliver(registered);
        EventEnvelope<?> assigned = EventEnvelope.of("smes", new VolunteersAssigned(tenantId, List.of("eva", "ines")),
                Instant.now());
        deliver(assigned);
        await().atMost(PATIENCE).until(() -> knownTenants.isAssigned("smes", tenantId, "ines"));
        deliver(assigned); // redelivered: the same list
        deliver(EventEnvelope.of("smes", new VolunteersAssigned(tenantId, List.of("eva")), Instant.now()));
        await().atMost(PATIENCE).until(() -> !knownTenants.isAssigned("smes", tenantId, "ines"));

        assertThat(knownTenants.isAssigned("smes", tenantId, "eva")).isTrue();
        assertThat(knownTenants.isAssigned("diogenes", tenantId, "eva")).isFalse();
        assertThat(knownTenants.isAssigned("smes", tenantId, null)).isFalse();
        assertThat(knownTenants.organisationOf(tenantId)).isEqualTo("smes");
        assertThat(knownTenants.organisationOf(UUID.randomUUID().toString())).isNull();

        deliver(EventEnvelope.of("smes", new TenantErased(tenantId, LocalDate.of(2026, 2, 1)), Instant.now()));
        await().atMost(PATIENCE).until(() -> knownTenants.organisationOf(tenantId) == null);
        assertThat(knownTenants.isAssigned("smes", tenantId, "eva")).isFalse();
    }

    private static EventEnvelope<?> consent(String tenantId, String purpose, boolean granted) {
        return EventEnvelope.of("smes", new ConsentChanged(tenantId, purpose, granted, LocalDate.of(2026, 1, 20), null),
                Instant.now());
    }

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
