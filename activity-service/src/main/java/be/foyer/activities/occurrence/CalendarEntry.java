package be.foyer.activities.occurrence;

import be.foyer.events.BrusselsTime;
import java.time.Instant;
import java.util.Comparator;

import be.foyer.activities.activity.ActivityService;
import be.foyer.activities.council.CouncilMeeting;

/** One item of the shared calendar: an activity's occurrence or a meeting of the tenants' council. */
public sealed interface CalendarEntry {

    /** By start, then by id, so that a page boundary is stable. */
    Comparator<CalendarEntry> BY_START = Comparator.comparing(CalendarEntry::startsAt).thenComparing(CalendarEntry::id);

    String id();

    Instant startsAt();

    record OfActivity(Occurrence occurrence) implements CalendarEntry {

        @Override
        public String id() {
            return occurrence.id();
        }

        @Override
        public Instant startsAt() {
            return occurrence.startsAt();
        }
    }

    record OfMeeting(CouncilMeeting meeting) implements CalendarEntry {

        @Override
        public String id() {
            return meeting.id();
        }

        @Override
        public Instant startsAt() {
            return meeting.start().atZone(BrusselsTime.ZONE).toInstant();
        }
    }
}
