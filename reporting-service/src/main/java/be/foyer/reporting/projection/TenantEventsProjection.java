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

    @Override
    public void apply(EventEnvelope<DomainEvent> event) {
        DomainEvent payload = event.payload();
        refuseAnotherOrganisation(event, tenantOf(payload));
        if (payload instanceof TenantRegistered registered) {
            require(event, registered.tenantId());
            tenants.register(event.organisation(), registered);
        } else if (payload instanceof FollowUpRecorded recorded) {
            require(event, recorded.followUpId(), recorded.tenantId(), recorded.date());
            followUps.record(event.organisation(), recorded);
        } else if (payload instanceof FollowUpCorrected corrected) {
            require(event, corrected.followUpId(), corrected.tenantId(), corrected.date());
            followUps.correct(event.organisation(), corrected);
        } else if (payload instanceof FollowUpWithdrawn withdrawn) {
            require(event, withdrawn.followUpId());
            followUps.withdraw(withdrawn);
        } else if (payload instanceof ConsentChanged consent) {
            require(event, consent.tenantId());
            tenants.consent(event.organisation(), consent);
        } else if (payload instanceof TenantErased erased) {
            require(event, erased.tenantId());
            tenants.erase(event.organisation(), erased);
        }
    }

    /**
     * A tenant's organisation is the one its facts were first recorded with (its registration): an event that names
     * another is refused, and the platform counts it and sends it to the DLT. The registration counts from the event
     * on, stored or earlier in the same listener batch.
     */
    private void refuseAnotherOrganisation(EventEnvelope<DomainEvent> event, String tenantId) {
        if (tenantId == null) {
            return;
        }
        tenants.organisationOf(tenantId).filter(organisation -> !organisation.equals(event.organisation()))
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
