package be.foyer.tenants.followup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import be.foyer.tenants.tenant.LifeDomain;

/** A follow-up as a worker records it; the place for accompaniments only; status {@code null} means DONE. */
public record FollowUpEntry(
        LocalDate date,
        LocalTime time,
        FollowUpStatus status,
        FollowUpMode mode,
        int durationMinutes,
        String placeName,
        PlaceCategory placeCategory,
        List<LifeDomain> domains,
        String note,
        String healthNote) {

    public FollowUpStatus statusOrDone() {
        return status == null ? FollowUpStatus.DONE : status;
    }

    public boolean hasPlace() {
        return placeName != null && !placeName.isBlank() && placeCategory != null;
    }

    public boolean mentionsPlace() {
        return placeName != null || placeCategory != null;
    }
}
