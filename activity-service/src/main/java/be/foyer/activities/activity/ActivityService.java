package be.foyer.activities.activity;

import be.foyer.events.BrusselsTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Service;

import be.foyer.activities.occurrence.OccurrenceState;
import be.foyer.activities.occurrence.OccurrenceStore;
import be.foyer.events.EventEnvelope;
import be.foyer.events.activities.ActivityCancelled;
import be.foyer.events.activities.ActivityRescheduled;
import be.foyer.events.activities.ActivityScheduled;
import be.foyer.platform.domain.RuleViolationException;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.NotPermittedException;
import be.foyer.platform.domain.NoSuchRecordException;
import be.foyer.platform.security.Caller;
import be.foyer.platform.security.Roles;

/** Scheduling and changing activities in the shared calendar, and who may see and change one. */
@Service
public class ActivityService {

    /** The calendar's times are Brussels times. */

    private static final int LIMIT_ATTEMPTS = 20;

    private final ActivityStore store;
    private final OccurrenceStore occurrences;
    private final Clock clock;

    public ActivityService(ActivityStore store, OccurrenceStore occurrences, Clock clock) {
        this.store = store;
        this.occurrences = occurrences;
        this.clock = clock;
    }

    public Activity schedule(String organisation, ActivityDetails details, String scheduledBy) {
        Activity activity = build(UUID.randomUUID().toString(), organisation, details, ActivityStatus.SCHEDULED,
                scheduledBy, clock.instant());
        store.schedule(activity, EventEnvelope.of(organisation, new ActivityScheduled(activity.id(),
                activity.category().name(), activity.visibility().name(), activity.startsAt(), activity.endsAt(),
                activity.recurring(), activity.capacity()), clock.instant()));
        return activity;
    }

    /** The activity, if {@code organisation} may see it; an organisation activity of another is as absent as none. */
    public Activity get(String organisation, String id) {
        return store.find(id).filter(activity -> activity.isVisibleTo(organisation))
                .orElseThrow(() -> new NoSuchRecordException("activity", id));
    }

    /** The activity, if the caller may change it: a facilitator, or a staff member or coordinator of the organiser. */
    public Activity changeable(Caller caller, String id) {
        Activity activity = get(caller.organisation(), id);
        if (!mayChange(caller, activity)) {
            throw new NotPermittedException("Only the organising organisation's staff or coordinators and facilitators "
                    + "may change this activity.");
        }
        return activity;
    }

    /** Whether the caller runs this activity: its organiser's staff or coordinators, or a facilitator. */
    public static boolean mayChange(Caller caller, Activity activity) {
        return caller.hasRole(Roles.FACILITATOR) || (activity.organisation().equals(caller.organisation())
                && caller.hasAnyRole(Roles.STAFF, Roles.COORDINATOR));
    }

    /**
     * Changes the series: details, times, recurrence, capacity, or cancels it ({@code cancel}). A change that would
     * drop an occurrence holding registrations, or lower the capacity below an occurrence's confirmed
     * registrations, answers 409 and changes nothing.
     */
    public Activity change(Caller caller, String id, ActivityDetails changes, boolean cancel) {
        Activity current = changeable(caller, id);
        if (current.status() == ActivityStatus.CANCELLED) {
            throw new RuleViolationException("This activity is cancelled; it can no longer be changed.");
        }
        ActivityDetails merged = merge(current, changes);
        Activity changed = build(current.id(), current.organisation(), merged,
                cancel ? ActivityStatus.CANCELLED : current.status(), current.scheduledBy(), current.scheduledAt());
        List<OccurrenceState> states = occurrences.ofActivity(id);
        for (OccurrenceState state : states) {
            boolean registered = state.registrations().stream().anyMatch(registration -> registration.isActive());
            if (registered && state.status() == ActivityStatus.SCHEDULED && !changed.hasOccurrenceAt(state.originalStart())) {
                throw new RuleViolationException("The occurrence " + state.id() + " has registrations and would disappear "
                        + "from the series; move or cancel that occurrence alone instead.");
            }
            if (state.status() == ActivityStatus.SCHEDULED && state.confirmed() > changed.capacity()) {
                throw new RuleViolationException("The occurrence " + state.id() + " already has " + state.confirmed()
                        + " confirmed registrations; the capacity cannot go below that.");
            }
        }
        if (changed.capacity() < current.capacity()) {
            limitScheduledOccurrences(states, changed.capacity());
        }
        Instant now = clock.instant();
        List<EventEnvelope<?>> events = new ArrayList<>();
        if (cancel) {
            events.add(EventEnvelope.of(current.organisation(), new ActivityCancelled(id, null), now));
        } else if (!changed.start().equals(current.start()) || !changed.end().equals(current.end())
                || !Objects.equals(rule(changed), rule(current)) || !changed.exceptions().equals(current.exceptions())) {
            events.add(EventEnvelope.of(current.organisation(),
                    new ActivityRescheduled(id, null, changed.startsAt(), changed.endsAt()), now));
        }
        store.update(changed, events.toArray(EventEnvelope<?>[]::new));
        if (changed.capacity() > current.capacity()) {
            // after the series' capacity is raised: a limit left by an earlier lowering would hold places back
            states.stream().filter(state -> state.capacityLimit() != null)
                    .forEach(state -> limitOccurrence(state.id(), null));
        }
        return changed;
    }

    /**
     * Bounds every scheduled occurrence to the lower capacity before the series gets it, each by compare-and-set on
     * the occurrence document that registrations write: a registration racing the change either comes first (and
     * the bound is refused, 409, the occurrences bounded so far are freed again) or sees the bound.
     */
    private void limitScheduledOccurrences(List<OccurrenceState> states, int capacity) {
        List<String> limited = new ArrayList<>();
        try {
            for (OccurrenceState state : states) {
                if (state.status() == ActivityStatus.SCHEDULED) {
                    limitOccurrence(state.id(), capacity);
                    limited.add(state.id());
                }
            }
        } catch (RuleViolationException refused) {
            limited.forEach(id -> limitOccurrence(id, null));
            throw refused;
        }
    }

    /** Sets, or with {@code null} lifts, one occurrence's own capacity limit; never below its confirmed places. */
    private void limitOccurrence(String occurrenceId, Integer limit) {
        for (int attempt = 0; attempt < LIMIT_ATTEMPTS; attempt++) {
            OccurrenceState state = occurrences.find(occurrenceId).orElseThrow();
            if (limit != null && state.status() == ActivityStatus.SCHEDULED && state.confirmed() > limit) {
                throw new RuleViolationException("The occurrence " + state.id() + " already has " + state.confirmed()
                        + " confirmed registrations; the capacity cannot go below that.");
            }
            if (occurrences.save(state.withCapacityLimit(limit), List.of())) {
                return;
            }
        }
        throw new RuleViolationException("Many people are registering to this activity at once; please try again.");
    }

    private static String rule(Activity activity) {
        return activity.recurring() ? activity.recurrence().rule() : null;
    }

    private static ActivityDetails merge(Activity current, ActivityDetails changes) {
        Place place = current.place();
        return new ActivityDetails(
                or(changes.title(), current.title()),
                or(changes.description(), current.description()),
                or(changes.category(), current.category()),
                or(changes.visibility(), current.visibility()),
                or(changes.placeName(), place == null ? null : place.name()),
                or(changes.placeAddress(), place == null ? null : place.address()),
                or(changes.placeCategory(), place == null ? null : place.category()),
                or(changes.start(), current.start()),
                or(changes.end(), current.end()),
                or(changes.recurrence(), rule(current)),
                or(changes.exceptions(), current.exceptions()),
                or(changes.capacity(), current.capacity()),
                or(changes.registrationClosesHoursBefore(), current.registrationClosesHoursBefore()),
                or(changes.costCents(), current.costCents()),
                or(changes.accessibility(), current.accessibility()));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static Activity build(String id, String organisation, ActivityDetails details, ActivityStatus status,
            String scheduledBy, Instant scheduledAt) {
        FieldChecks checks = new FieldChecks();
        details.check(checks);
        checks.throwIfAny();
        Recurrence recurrence = details.recurrence() == null || details.recurrence().isBlank() ? null
                : Recurrence.parse(details.recurrence(), BrusselsTime.ZONE);
        Place place = details.placeName() == null || details.placeName().isBlank() ? null
                : Place.named(details.placeName(), details.placeAddress(), details.placeCategory());
        return new Activity(id, organisation, details.title().strip(), strip(details.description()),
                details.category(), details.visibility(), place, details.start(), details.end(), BrusselsTime.ZONE,
                recurrence, details.exceptions(), details.capacity(), details.registrationClosesHoursBefore(),
                details.costCents(), strip(details.accessibility()), status, scheduledBy, scheduledAt);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
