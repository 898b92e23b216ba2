package be.foyer.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import be.foyer.events.EventEnvelope;
import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.events.tenants.TenantRegistered;

/** Envelopes as tenant-service publishes them, for the tests. */
public final class Events {

    private Events() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static EventEnvelope<FollowUpRecorded> followUp(String organisation, String tenantId, LocalDate date) {
        return EventEnvelope.of(organisation,
                new FollowUpRecorded(newId(), tenantId, date, "PHONE", 30, List.of(), null, null), Instant.now());
    }

    public static EventEnvelope<FollowUpRecorded> accompaniment(String organisation, String tenantId, LocalDate date,
            String placeId, String placeCategory) {
        return EventEnvelope.of(organisation,
                new FollowUpRecorded(newId(), tenantId, date, "ACCOMPANIMENT", 90, List.of(), placeId, placeCategory),
                Instant.now());
    }

    public static EventEnvelope<TenantRegistered> tenantRegistered(String organisation, String tenantId,
            LocalDate registeredOn, String federationKey) {
        return EventEnvelope.of(organisation, new TenantRegistered(tenantId, registeredOn, federationKey),
                Instant.now());
    }
}
