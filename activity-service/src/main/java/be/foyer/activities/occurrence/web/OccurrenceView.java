package be.foyer.activities.occurrence.web;

import be.foyer.events.BrusselsTime;
import java.time.Instant;
import java.time.LocalDateTime;

import be.foyer.activities.activity.Activity;
import be.foyer.activities.activity.ActivityCategory;
import be.foyer.activities.activity.ActivityService;
import be.foyer.activities.activity.ActivityStatus;
import be.foyer.activities.activity.Visibility;
import be.foyer.activities.activity.web.PlaceView;
import be.foyer.activities.council.CouncilMeeting;
import be.foyer.activities.occurrence.CalendarEntry;
import be.foyer.activities.occurrence.Occurrence;

/**
 * One item of the calendar: local start and end in {@code timeZone}, and the same as instants. {@code kind} says
 * whether it is an activity's occurrence ({@code ACTIVITY}) or a council meeting ({@code COUNCIL_MEETING}: then
 * {@code meetingId} and {@code occurrenceId} are the meeting's id, {@code activityId}, {@code organisation} and
 * {@code title} are null, category COUNCIL, no places). {@code placesTaken} counts confirmed registrations of every
 * organisation; who took them is in the participant list, for those who may see it.
 */
public record OccurrenceView(Kind kind, String occurrenceId, String activityId, String meetingId,
        String organisation, String title, ActivityCategory category, Visibility visibility, PlaceView place,
        LocalDateTime start, LocalDateTime end, String timeZone, Instant startsAt, Instant endsAt,
        ActivityStatus status, boolean recurring, boolean moved, int capacity, long placesTaken, long placesLeft,
        long waitlisted) {

    public enum Kind {
        ACTIVITY, COUNCIL_MEETING
    }

    public static OccurrenceView of(CalendarEntry entry) {
        return entry instanceof CalendarEntry.OfActivity activity ? of(activity.occurrence())
                : of(((CalendarEntry.OfMeeting) entry).meeting());
    }

    public static OccurrenceView of(Occurrence occurrence) {
        Activity activity = occurrence.activity();
        return new OccurrenceView(Kind.ACTIVITY, occurrence.id(), activity.id(), null, activity.organisation(),
                activity.title(), activity.category(), activity.visibility(), PlaceView.of(activity.place()),
                occurrence.start(), occurrence.end(), activity.zone().getId(), occurrence.startsAt(),
                occurrence.endsAt(), occurrence.status(), activity.recurring(),
                !occurrence.start().equals(occurrence.originalStart()), activity.capacity(), occurrence.confirmed(),
                Math.max(0, activity.capacity() - occurrence.confirmed()), occurrence.waitlisted());
    }

    private static OccurrenceView of(CouncilMeeting meeting) {
        return new OccurrenceView(Kind.COUNCIL_MEETING, meeting.id(), null, meeting.id(), null, null,
                ActivityCategory.COUNCIL, Visibility.FEDERATION,
                meeting.placeName() == null ? null : new PlaceView(null, meeting.placeName(), meeting.placeAddress(),
                        null),
                meeting.start(), meeting.end(), BrusselsTime.ZONE.getId(),
                meeting.start().atZone(BrusselsTime.ZONE).toInstant(),
                meeting.end().atZone(BrusselsTime.ZONE).toInstant(),
                ActivityStatus.valueOf(meeting.status().name()), meeting.seriesId() != null, false, 0, 0, 0, 0);
    }
}
