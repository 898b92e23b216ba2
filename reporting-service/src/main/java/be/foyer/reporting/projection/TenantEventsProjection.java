package be.foyer.reporting.projection;

import org.springframework.stereotype.Component;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;
import be.foyer.events.MalformedEventException;
import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.events.tenants.TenantRegistered;

/**
 * Turns the events of {@code foyer.tenants.v1} into facts. Every fact is an upsert keyed by its own id, so the
 * facts are the same whatever the order of arrival and however often an event is delivered.
 */
@Component
public class TenantEventsProjection {

    private final TenantFacts tenants;
    private final FollowUpFacts followUps;

    public TenantEventsProjection(TenantFacts tenants, FollowUpFacts followUps) {
        this.tenants = tenants;
        this.followUps = followUps;
    }

    public void apply(EventEnvelope<DomainEvent> event) {
        DomainEvent payload = event.payload();
        if (payload instanceof TenantRegistered registered) {
            tenants.register(event.organisation(), registered);
        } else if (payload instanceof FollowUpRecorded recorded) {
            if (recorded.followUpId() == null || recorded.tenantId() == null || recorded.date() == null) {
                throw new MalformedEventException("FollowUpRecorded " + event.eventId()
                        + " lacks its followUpId, tenantId or date");
            }
            followUps.record(event.organisation(), recorded);
        }
        // other types of the topic are not counted (yet): skipped
    }

}
