package be.foyer.web.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One entry of {@code GET /api/activities}: an activity's occurrence ({@code kind} ACTIVITY) or a council meeting
 * ({@code kind} COUNCIL_MEETING, {@code meetingId}, no title, capacity 0). {@code start}/{@code end} are Brussels
 * local times. Only the fields the calendar shows.
 */
public record CalendarItem(String kind, String occurrenceId, String activityId, String meetingId, String organisation,
        String title, String category, Place place, LocalDateTime start, LocalDateTime end, String status,
        Boolean moved, Integer capacity, Long placesLeft, Long waitlisted) {

    public CalendarItem {
        // council meetings and older answers may leave these out
        moved = Boolean.TRUE.equals(moved);
        capacity = capacity == null ? 0 : capacity;
        placesLeft = placesLeft == null ? 0 : placesLeft;
        waitlisted = waitlisted == null ? 0 : waitlisted;
    }

    /** Where it happens (the address is shown under the name when given). */
    public record Place(String name, String address) {
    }

    public boolean isCouncilMeeting() {
        return "COUNCIL_MEETING".equals(kind) || (meetingId != null && activityId == null);
    }

    public boolean isCancelled() {
        return "CANCELLED".equals(status);
    }

    /** An activity with places whose places are all taken (new registrations go to the waiting list). */
    public boolean isFull() {
        return !isCouncilMeeting() && capacity > 0 && placesLeft <= 0;
    }

    public boolean isShowsPlaces() {
        return !isCouncilMeeting() && capacity > 0 && !isCancelled();
    }

    public LocalDate day() {
        return start.toLocalDate();
    }
}
