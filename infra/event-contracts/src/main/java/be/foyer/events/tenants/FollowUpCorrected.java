package be.foyer.events.tenants;

import java.time.LocalDate;
import java.util.List;

import be.foyer.events.DomainEvent;

/**
 * A follow-up that was counted ({@link FollowUpRecorded}) was corrected: the facts below replace the recorded ones,
 * so its month, mode, domains or place may have changed. Same fields as {@link FollowUpRecorded}; never the reason,
 * the note or the place's name.
 */
public record FollowUpCorrected(
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
