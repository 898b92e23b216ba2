package be.foyer.activities.activity;

import be.foyer.events.BrusselsTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;

/**
 * What a person states about an activity when scheduling or changing it; on a change, {@code null} keeps the
 * current value. Times are Brussels local date-times; {@code recurrence} an RFC 5545 rule ({@code ""} on a change
 * makes a series one-off again).
 */
public record ActivityDetails(
        String title,
        String description,
        ActivityCategory category,
        Visibility visibility,
        String placeName,
        String placeAddress,
        PlaceCategory placeCategory,
        LocalDateTime start,
        LocalDateTime end,
        String recurrence,
        List<LocalDate> exceptions,
        Integer capacity,
        Integer registrationClosesHoursBefore,
        Integer costCents,
        String accessibility) {

    /**
     * The rules between the parts of a complete activity (scheduled, or changed and merged with the current one),
     * all noted at once: an end after the start, a recurrence the calendar supports and that the start is a day of,
     * a category with a place name.
     */
    public void check(FieldChecks checks) {
        if (start != null && end != null) {
            checks.require(end.isAfter(start), "end", FieldErrorCode.BEFORE_START, "must be after start");
        }
        if (recurrence != null && !recurrence.isBlank()) {
            Recurrence.check(recurrence, start, BrusselsTime.ZONE, checks);
        }
        checks.require(placeName == null || placeName.isBlank() || placeCategory != null, "place.category",
                FieldErrorCode.REQUIRED, "is required with a place name");
    }
}
