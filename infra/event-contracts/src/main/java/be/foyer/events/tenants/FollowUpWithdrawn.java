package be.foyer.events.tenants;

import be.foyer.events.DomainEvent;

/**
 * A follow-up that was counted ({@link FollowUpRecorded}) was entered by mistake and withdrawn: it no longer counts.
 * Never the reason.
 */
public record FollowUpWithdrawn(
        String followUpId,
        String tenantId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return tenantId;
    }
}
