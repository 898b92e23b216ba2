package be.foyer.reporting.projection;

import static be.foyer.reporting.projection.EventProjection.require;

import org.springframework.stereotype.Component;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;
import be.foyer.events.tenants.ConsentChanged;
import be.foyer.events.tenants.FollowUpCorrected;
import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.events.tenants.FollowUpWithdrawn;
import be.foyer.events.tenants.TenantErased;
import be.foyer.events.tenants.TenantRegistered;
import be.foyer.platform.messaging.EventRefusedException;

/** {@code foyer.tenants.v1}: tenants (and their federation keys) and follow-ups, with their corrections and withdrawals. */
@Component
public class TenantEventsProjection implements EventProjection {

    private final TenantFacts tenants;
    private final FollowUpFacts followUps;

    public TenantEventsProjection(TenantFacts tenants, FollowUpFacts followUps) {
        this.tenants = tenants;
        this.followUps = followUps;
    }

    /** The tenant whose organisation is checked, and the follow-up a correction or withdrawal takes out. */
    @Override
    public void prefetch(EventEnvelope<DomainEvent> event, FactBatch batch) {
        DomainEvent payload = event.payload();
        tenants.willRead(batch, tenantOf(payload));
        if (payload instanceof FollowUpCorrected corrected) {
            followUps.willRead(batch, corrected.followUpId());
        } else if (payload instanceof FollowUpWithdrawn withdrawn) {
            followUps.willRead(batch, withdrawn.followUpId());
        }
    }

    @Override
    public void apply(EventEnvelope<DomainEvent> event, FactBatch batch) {
        DomainEvent payload = event.payload();
        refuseAnotherOrganisation(event, batch, tenantOf(payload));
        if (payload instanceof TenantRegistered registered) {
            require(event, registered.tenantId());
            tenants.register(batch, event.organisation(), registered);
        } else if (payload instanceof FollowUpRecorded recorded) {
            require(event, recorded.followUpId(), recorded.tenantId(), recorded.date());
            followUps.record(batch, event.organisation(), recorded);
        } else if (payload instanceof FollowUpCorrected corrected) {
            require(event, corrected.followUpId(), corrected.tenantId(), corrected.date());
            followUps.correct(batch, event.organisation(), corrected);
        } else if (payload instanceof FollowUpWithdrawn withdrawn) {
            require(event, withdrawn.followUpId());
            followUps.withdraw(batch, withdrawn);
        } else if (payload instanceof ConsentChanged consent) {
            require(event, consent.tenantId());
            tenants.consent(batch, event.organisation(), consent);
        } else if (payload instanceof TenantErased erased) {
            require(event, erased.tenantId());
            tenants.erase(batch, event.organisation(), erased);
        }
    }

    /**
     * A tenant's organisation is the one its facts were first recorded with (its registration): an event that names
     * another is refused, and the platform counts it and sends it to the DLT. The registration counts from the event
     * on, stored or earlier in the same batch.
     */
    private void refuseAnotherOrganisation(EventEnvelope<DomainEvent> event, FactBatch batch, String tenantId) {
        if (tenantId == null) {
            return;
        }
        tenants.organisationOf(batch, tenantId).filter(organisation -> !organisation.equals(event.organisation()))
                .ifPresent(organisation -> {
                    throw new EventRefusedException(event.type() + " " + event.eventId()
                            + " names another organisation than the registration of tenant " + tenantId);
                });
    }

    private static String tenantOf(DomainEvent payload) {
        if (payload instanceof TenantRegistered registered) {
            return registered.tenantId();
        } else if (payload instanceof FollowUpRecorded recorded) {
            return recorded.tenantId();
        } else if (payload instanceof FollowUpCorrected corrected) {
            return corrected.tenantId();
        } else if (payload instanceof ConsentChanged consent) {
            return consent.tenantId();
        } else if (payload instanceof TenantErased erased) {
            return erased.tenantId();
        }
        return null;
    }
}
