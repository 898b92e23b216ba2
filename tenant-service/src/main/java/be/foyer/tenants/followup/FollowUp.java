package be.foyer.tenants.followup;

import java.time.Instant;
import java.time.LocalDate;

/** One individual contact with a tenant. {@code place} is set for accompaniments only. */
public record FollowUp(
        String id,
        String organisation,
        String tenantId,
        LocalDate date,
        FollowUpMode mode,
        int durationMinutes,
        Place place,
        String recordedBy,
        Instant recordedAt) {
}
