package be.foyer.web.calendar.planning;

import java.time.LocalDateTime;

/** One date of a series, as {@code GET /api/activities/{id}/occurrences/{occurrenceId}} answers it. */
public record Occurrence(String occurrenceId, String activityId, String title, LocalDateTime start,
        LocalDateTime end, String status) {
}
