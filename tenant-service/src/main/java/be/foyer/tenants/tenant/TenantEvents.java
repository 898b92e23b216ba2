package be.foyer.tenants.tenant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;
import be.foyer.events.tenants.ConsentChanged;
import be.foyer.events.tenants.ConsentPurpose;
import be.foyer.events.tenants.TenantErased;
import be.foyer.events.tenants.TenantRegistered;
import be.foyer.events.tenants.TenantStatusChanged;
import be.foyer.events.tenants.VolunteersAssigned;

/**
 * The one place the tenant file's events are made, with their envelopes (the organisation is the file's); the store
 * writes what it is given in the same write as the change. A change of the file announces, in this order, a new
 * status ({@code TenantStatusChanged}, dated the status change), a new list of volunteers
 * ({@code VolunteersAssigned}: activities lets a volunteer register the tenants they accompany, it keeps the latest
 * list), then what the change itself says (consents, relay). Never a name, a contact or the number.
 */
final class TenantEvents {

    private TenantEvents() {
    }

    static List<EventEnvelope<?>> registered(Tenant tenant, Instant now) {
        List<DomainEvent> events = new ArrayList<>(List.of(new TenantRegistered(tenant.id(), tenant.registeredOn(),
                null), new TenantStatusChanged(tenant.id(), tenant.status().name(), null, tenant.registeredOn())));
        if (!tenant.profile().assignedVolunteers().isEmpty()) {
            events.add(new VolunteersAssigned(tenant.id(), tenant.profile().assignedVolunteers()));
        }
        return envelopes(tenant, now, events);
    }

    /** @param said what the change says beyond status and volunteers, in order */
    static List<EventEnvelope<?>> changed(Tenant before, Tenant after, Instant now, List<DomainEvent> said) {
        List<DomainEvent> events = new ArrayList<>();
        if (after.status() != before.status()) {
            StatusChange change = after.statusHistory().get(after.statusHistory().size() - 1);
            events.add(new TenantStatusChanged(after.id(), after.status().name(), before.status().name(),
                    change.changedOn()));
        }
        if (!after.profile().assignedVolunteers().equals(before.profile().assignedVolunteers())) {
            events.add(new VolunteersAssigned(after.id(), after.profile().assignedVolunteers()));
        }
        events.addAll(said);
        return envelopes(after, now, events);
    }

    /** A consent that changed; the federation key only with {@code FEDERATION_STATISTICS} (given, else null). */
    static ConsentChanged consentChanged(String tenantId, Consent consent, String federationKey) {
        return new ConsentChanged(tenantId, consent.purpose().name(), consent.granted(), consent.changedOn(),
                consent.purpose() == ConsentPurpose.FEDERATION_STATISTICS ? federationKey : null);
    }

    /** The federation key follows the number while statistics are consented to: consumers replace the key they hold. */
    static ConsentChanged federationKeyChanged(String tenantId, LocalDate on, String federationKey) {
        return new ConsentChanged(tenantId, ConsentPurpose.FEDERATION_STATISTICS.name(), true, on, federationKey);
    }

    static EventEnvelope<?> erased(Tenant tenant, LocalDate on, Instant now) {
        return EventEnvelope.of(tenant.organisation(), new TenantErased(tenant.id(), on), now);
    }

    private static List<EventEnvelope<?>> envelopes(Tenant tenant, Instant now, List<DomainEvent> events) {
        return events.stream().<EventEnvelope<?>>map(payload -> EventEnvelope.of(tenant.organisation(), payload, now))
                .toList();
    }
}
