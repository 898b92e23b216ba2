package be.foyer.activities.activity;

import be.foyer.platform.domain.Author;
import be.foyer.events.BrusselsTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import be.foyer.events.EventEnvelope;
import be.foyer.platform.domain.RuleViolationException;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.NotPermittedException;
import be.foyer.platform.domain.NoSuchRecordException;
import be.foyer.platform.security.Caller;
import be.foyer.platform.security.Roles;

/** Scheduling and changing activities in the shared calendar, and who may see and change one. */
@Service
public class ActivityService {

    private final ActivityStore store;
    private final SeriesOccurrences occurrences;
    private final Clock clock;

    public ActivityService(ActivityStore store, SeriesOccurrences occurrences, Clock clock) {
        this.store = store;
        this.occurrences = occurrences;
        this.clock = clock;
    }

    public Activity schedule(String organisation, ActivityDetails details, Author scheduledBy) {
        Activity activity = build(UUID.randomUUID().toString(), organisation, details, ActivityStatus.SCHEDULED,
                scheduledBy, clock.instant());
        store.schedule(activity, ActivityEvents.scheduled(activity, clock.instant()));
        return activity;
    }

    /** The activity, if {@code organisation} may see it; an organisation activity of another is as absent as none. */
    public Activity get(String organisation, String id) {
        return visible(organisation, id).orElseThrow(() -> new NoSuchRecordException("activity", id));
    }

    /** The activity, if {@code organisation} may see it. */
    public Optional<Activity> visible(String organisation, String id) {
        return store.find(id).filter(activity -> activity.isVisibleTo(organisation));
    }

    /** The activities among {@code ids}, by id, whoever organises them: callers decide what may be seen. */
    public Map<String, Activity> byIds(Collection<String> ids) {
        return store.findAll(ids);
    }

    /**
     * The activities {@code organisation} sees that may have an occurrence in [{@code from}, {@code until}) (either
     * open), by first start.
     */
    public List<Activity> visibleBetween(String organisation, Instant from, Instant until) {
        return store.visibleBetween(organisation, from, until);
    }

    /** A one-off activity whose only occurrence was held is HELD itself; no event, {@code ActivityHeld} says it. */
    public void markHeld(String id) {
        store.markHeld(id);
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
        occurrences.prepare(current, changed);
        Instant now = clock.instant();
        List<EventEnvelope<?>> events = new ArrayList<>();
        if (cancel) {
            events.add(ActivityEvents.cancelled(changed, now));
        } else if (!changed.start().equals(current.start()) || !changed.end().equals(current.end())
                || !Objects.equals(rule(changed), rule(current)) || !changed.exceptions().equals(current.exceptions())) {
            events.add(ActivityEvents.rescheduled(changed, now));
        }
        store.update(changed, events.toArray(EventEnvelope<?>[]::new));
        occurrences.changed(current, changed);
        return changed;
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
            Author scheduledBy, Instant scheduledAt) {
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
