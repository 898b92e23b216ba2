package be.foyer.activities.occurrence.web;

import java.time.Instant;
import java.time.LocalDateTime;

import be.foyer.activities.activity.Activity;
import be.foyer.activities.activity.ActivityCategory;
import be.foyer.activities.activity.ActivityStatus;
import be.foyer.activities.activity.Visibility;
import be.foyer.activities.activity.web.PlaceView;
import be.foyer.activities.occurrence.Occurrence;

/**
 * One occurrence in the calendar: local start and end in {@code timeZone}, and the same as instants. {@code placesTaken} counts confirmed registrations of every organisation; who took
 * them is in the participant list, for those who may see it.
 */
public record OccurrenceView(String occurrenceId, String activityId, String organisation, String title,
        ActivityCategory category, Visibility visibility, PlaceView place, LocalDateTime start, LocalDateTime end,
        String timeZone, Instant startsAt, Instant endsAt, ActivityStatus status, boolean recurring, boolean moved, int capacity, long placesTaken,
        long placesLeft, long waitlisted) {

    public static OccurrenceView of(Occurrence occurrence) {
        Activity activity = occurrence.activity();
        return new OccurrenceView(occurrence.id(), activity.id(), activity.organisation(), activity.title(),
                activity.category(), activity.visibility(), PlaceView.of(activity.place()), occurrence.start(),
                occurrence.end(), activity.zone().getId(), occurrence.startsAt(), occurrence.endsAt(),
                occurrence.status(), activity.recurring(),
                !occurrence.start().equals(occurrence.originalStart()), activity.capacity(), occurrence.confirmed(),
                Math.max(0, activity.capacity() - occurrence.confirmed()), occurrence.waitlisted());
    }
}
