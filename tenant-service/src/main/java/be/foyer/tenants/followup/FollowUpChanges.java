package be.foyer.tenants.followup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import be.foyer.tenants.tenant.LifeDomain;

/**
 * A partial change of a follow-up: {@code null} leaves a field as it is; an empty {@code note}, {@code healthNote}
 * or {@code domains} clears it, and {@code clearTime} removes the time. {@code reason} is required to correct a
 * follow-up that is DONE.
 */
public record FollowUpChanges(
        LocalDate date,
        LocalTime time,
        boolean clearTime,
        FollowUpStatus status,
        FollowUpMode mode,
        Integer durationMinutes,
        String placeName,
        PlaceCategory placeCategory,
        List<LifeDomain> domains,
        String note,
        String healthNote,
        String reason) {

    public boolean mentionsPlace() {
        return placeName != null || placeCategory != null;
    }
}
