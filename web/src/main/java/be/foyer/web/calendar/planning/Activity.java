package be.foyer.web.calendar.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** An activity (series) as {@code GET /api/activities/{id}} answers it: the fields the planning pages use. */
public record Activity(String id, String organisation, String title, String description, String category,
        String visibility, Place place, LocalDateTime start, LocalDateTime end, Boolean recurring, String recurrence,
        List<LocalDate> exceptions, Integer capacity, Integer registrationClosesHoursBefore, Integer costCents,
        String accessibility, String status) {

    public record Place(String name, String address, String category) {
    }

    public boolean isCancelled() {
        return "CANCELLED".equals(status);
    }
}
