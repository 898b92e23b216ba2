package be.foyer.tenants.followup;

import java.time.LocalDate;
import java.util.List;

import be.foyer.tenants.tenant.LifeDomain;

/** A follow-up as a worker records it; the place for accompaniments only. */
public record FollowUpEntry(
        LocalDate date,
        FollowUpMode mode,
        int durationMinutes,
        String placeName,
        PlaceCategory placeCategory,
        List<LifeDomain> domains,
        String note,
        String healthNote) {
}
