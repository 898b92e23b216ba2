package be.foyer.activities.activity;

import java.time.Instant;

import be.foyer.events.EventEnvelope;
import be.foyer.events.activities.ActivityCancelled;
import be.foyer.events.activities.ActivityRescheduled;
import be.foyer.events.activities.ActivityScheduled;

/**
 * The one place where the activity feature makes its events (a series as a whole; one occurrence's are
 * {@code OccurrenceEvents}'): ids, category, times and counts only, never a title or a place name.
 */
final class ActivityEvents {

    private ActivityEvents() {
    }

    static EventEnvelope<ActivityScheduled> scheduled(Activity activity, Instant now) {
        return EventEnvelope.of(activity.organisation(), new ActivityScheduled(activity.id(),
                activity.category().name(), activity.visibility().name(), activity.startsAt(), activity.endsAt(),
                activity.recurring(), activity.capacity()), now);
    }

    static EventEnvelope<ActivityCancelled> cancelled(Activity activity, Instant now) {
        return EventEnvelope.of(activity.organisation(), new ActivityCancelled(activity.id(), null), now);
    }

    static EventEnvelope<ActivityRescheduled> rescheduled(Activity activity, Instant now) {
        return EventEnvelope.of(activity.organisation(),
                new ActivityRescheduled(activity.id(), null, activity.startsAt(), activity.endsAt()), now);
    }
}
