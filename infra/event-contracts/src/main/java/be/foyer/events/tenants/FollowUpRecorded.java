package be.foyer.events.tenants;

import java.time.LocalDate;
import java.util.List;

import be.foyer.events.DomainEvent;

/**
 * One individual contact with a tenant took place: recorded as done, or an appointment marked done (planned,
 * missed and cancelled ones are not published). Carries no note: only the facts the federation counts.
 * {@code placeId} and {@code placeCategory} are present for accompaniments.
 */
public record FollowUpRecorded(
        String followUpId,
        String tenantId,
        LocalDate date,
        String mode,
        int durationMinutes,
        List<String> domains,
        String placeId,
        String placeCategory) implements DomainEvent {

    @Override
    public String aggregateId() {
        return tenantId;
    }
}
