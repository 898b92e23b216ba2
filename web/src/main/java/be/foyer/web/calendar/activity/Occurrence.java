package be.foyer.web.calendar.activity;

import be.foyer.events.BrusselsTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import be.foyer.web.support.DateFormats;

/** One date of a series ({@code OccurrenceView}): times as instants, shown in Brussels time by {@code @dates}. */
public record Occurrence(String occurrenceId, String activityId, String organisation, String title, String category,
        Activity.Place place, Instant startsAt, Instant endsAt, String status, boolean recurring, boolean moved,
        int capacity, long placesTaken, long placesLeft, long waitlisted) {

    public boolean isCancelled() {
        return "CANCELLED".equals(status);
    }

    /** "16:00": the end, Brussels time (the date is the start's). */
    public String endTime() {
        return endsAt == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(endsAt.atZone(BrusselsTime.ZONE));
    }

    public boolean isFull() {
        return placesLeft == 0;
    }

    /** Attendance can be taken once it has started and unless it was cancelled. */
    public boolean isStarted() {
        return startsAt != null && !startsAt.isAfter(Instant.now());
    }
}
