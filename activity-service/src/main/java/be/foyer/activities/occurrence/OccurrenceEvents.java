package be.foyer.activities.occurrence;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import be.foyer.activities.activity.Activity;
import be.foyer.events.EventEnvelope;
import be.foyer.events.activities.ActivityCancelled;
import be.foyer.events.activities.ActivityHeld;
import be.foyer.events.activities.ActivityRescheduled;
import be.foyer.events.activities.OutsideParticipantsCounted;
import be.foyer.events.activities.ParticipationRecorded;
import be.foyer.events.activities.RegistrationCancelled;
import be.foyer.events.activities.RegistrationRecorded;

/**
 * The one place where the occurrence feature makes its events (one occurrence cancelled, moved or held,
 * registrations, participation): ids, dates, categories and counts only, never a title, place name or first name.
 * A registration's and a participation's envelope carry the tenant's organisation; the others the organiser's.
 */
final class OccurrenceEvents {

    private OccurrenceEvents() {
    }

    static EventEnvelope<ActivityCancelled> cancelled(Occurrence occurrence, Instant now) {
        Activity activity = occurrence.activity();
        return EventEnvelope.of(activity.organisation(), new ActivityCancelled(activity.id(), occurrence.id()), now);
    }

    static EventEnvelope<ActivityRescheduled> moved(Occurrence moved, Instant now) {
        Activity activity = moved.activity();
        return EventEnvelope.of(activity.organisation(),
                new ActivityRescheduled(activity.id(), moved.id(), moved.startsAt(), moved.endsAt()), now);
    }

    static EventEnvelope<ActivityHeld> held(Occurrence occurrence, Instant now) {
        Activity activity = occurrence.activity();
        return EventEnvelope.of(activity.organisation(), new ActivityHeld(activity.id(), occurrence.id(),
                activity.category().name(), activity.recurring(), occurrence.start().toLocalDate(),
                placeId(activity), placeCategory(activity)), now);
    }

    static EventEnvelope<OutsideParticipantsCounted> outsideCounted(Occurrence occurrence,
            OutsideParticipants outside, Instant now) {
        Activity activity = occurrence.activity();
        Map<String, Integer> counts = new HashMap<>();
        outside.counts().forEach((kind, count) -> counts.put(kind.name(), count));
        return EventEnvelope.of(activity.organisation(), new OutsideParticipantsCounted(activity.id(),
                occurrence.id(), activity.organisation(), counts, outside.total()), now);
    }

    /** Envelope organisation = the tenant's; {@code organiser} = the activity's. */
    static EventEnvelope<ParticipationRecorded> participation(Occurrence occurrence, Registration registration,
            Instant now) {
        Activity activity = occurrence.activity();
        return EventEnvelope.of(registration.organisation(), new ParticipationRecorded(activity.id(), occurrence.id(),
                registration.tenantId(), activity.organisation(), activity.category().name(), activity.recurring(),
                occurrence.start().toLocalDate(), placeId(activity), placeCategory(activity)), now);
    }

    static EventEnvelope<RegistrationRecorded> registrationRecorded(Occurrence occurrence, Registration registration,
            Instant now) {
        return EventEnvelope.of(registration.organisation(), new RegistrationRecorded(registration.id(),
                occurrence.activity().id(), occurrence.id(), registration.tenantId(), registration.status().name()),
                now);
    }

    static EventEnvelope<RegistrationCancelled> registrationCancelled(Occurrence occurrence,
            Registration registration, Instant now) {
        return EventEnvelope.of(registration.organisation(), new RegistrationCancelled(registration.id(),
                occurrence.activity().id(), occurrence.id(), registration.tenantId()), now);
    }

    private static String placeId(Activity activity) {
        return activity.place() == null ? null : activity.place().id();
    }

    private static String placeCategory(Activity activity) {
        return activity.place() == null ? null : activity.place().category().name();
    }
}
