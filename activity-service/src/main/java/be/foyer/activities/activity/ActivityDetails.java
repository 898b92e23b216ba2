package be.foyer.activities.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

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
}
