package be.foyer.activities.occurrence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import be.foyer.activities.activity.Activity;
import be.foyer.activities.activity.ActivityService;
import be.foyer.activities.activity.ActivityStatus;
import be.foyer.events.EventEnvelope;
import be.foyer.platform.domain.InvalidInputException;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.domain.RuleViolationException;
import be.foyer.platform.domain.NoSuchRecordException;
import be.foyer.platform.security.Caller;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/** Finding the occurrences of a series or one of them, and cancelling or moving one alone. */
@Service
public class OccurrenceService {

    /** Compare-and-set rounds before a busy occurrence answers 409 (each round is one read and one write). */
    private static final int ATTEMPTS = 50;

    private final ActivityService activities;
    private final OccurrenceStore store;
    private final Calendar calendar;
    private final Clock clock;

    public OccurrenceService(ActivityService activities, OccurrenceStore store, Calendar calendar, Clock clock) {
        this.activities = activities;
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The occurrences of one activity {@code organisation} sees, from {@code from} (default: today) to {@code to}
     * (both included; without it, as the calendar shows a series), by start, cancelled ones included.
     */
    public PageResult<Occurrence> ofSeries(String organisation, String activityId, LocalDate from, LocalDate to,
            PageQuery page) {
        Activity activity = activities.get(organisation, activityId);
        LocalDate first = from != null ? from : LocalDate.now(clock.withZone(activity.zone()));
        if (to != null && to.isBefore(first)) {
            throw InvalidInputException.onField("to", FieldErrorCode.BEFORE_START,
                    "must not be before from (today when not given)");
        }
        return PageResult.slice(calendar.of(activity, first.atStartOfDay(),
                to == null ? null : to.plusDays(1).atStartOfDay()), page);
    }

    /** One occurrence of an activity {@code organisation} sees; 404 when it is not one of that activity's. */
    public Occurrence find(String organisation, String activityId, String occurrenceId) {
        return find(activities.get(organisation, activityId), occurrenceId);
    }

    /**
     * The occurrence of a visible activity. {@code occurrenceId} may be omitted for a one-off activity; an id that
     * is not one of the series' occurrences answers 404.
     */
    public Occurrence find(Activity activity, String occurrenceId) {
        LocalDateTime originalStart = originalStart(activity, occurrenceId);
        return new Occurrence(activity, originalStart,
                store.find(activity.occurrenceId(originalStart)).orElse(null));
    }

    private static LocalDateTime originalStart(Activity activity, String occurrenceId) {
        if (occurrenceId == null || occurrenceId.isBlank()) {
            if (activity.recurring()) {
                throw InvalidInputException.onField("occurrenceId", FieldErrorCode.REQUIRED, "is required for a recurring activity");
            }
            return activity.start();
        }
        LocalDateTime originalStart = activity.originalStartOf(occurrenceId.strip());
        if (originalStart == null) {
            throw new NoSuchRecordException("occurrence", occurrenceId);
        }
        return originalStart;
    }

    /**
     * Applies {@code decision} to the occurrence's current state and stores the result with its events, reading
     * again when another write came first. The decision throws to refuse; nothing is written then.
     */
    public <T> T update(Activity activity, String occurrenceId, Function<Occurrence, Decision<T>> decision) {
        LocalDateTime originalStart = originalStart(activity, occurrenceId);
        String id = activity.occurrenceId(originalStart);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            OccurrenceState state = store.findOrCreate(id, activity.id(), originalStart);
            Decision<T> decided = decision.apply(new Occurrence(activity, originalStart, state));
            if (store.save(decided.state(), decided.events())) {
                return decided.answer();
            }
        }
        throw new RuleViolationException("Many people are changing this occurrence at once; please try again.");
    }

    /** A new state of an occurrence, the events it causes and what to answer. */
    public record Decision<T>(OccurrenceState state, List<EventEnvelope<?>> events, T answer) {
    }

    /** Cancels one occurrence alone, or moves it to new local times. */
    public Occurrence change(Caller caller, String activityId, String occurrenceId, boolean cancel,
            LocalDateTime start, LocalDateTime end) {
        Activity activity = activities.changeable(caller, activityId);
        if (activity.status() == ActivityStatus.CANCELLED) {
            throw new RuleViolationException("This activity is cancelled as a whole.");
        }
        return update(activity, occurrenceId, occurrence -> {
            OccurrenceState state = occurrence.state();
            if (state.status() != ActivityStatus.SCHEDULED) {
                throw new RuleViolationException("This occurrence is " + state.status() + "; it can no longer be changed.");
            }
            if (cancel) {
                OccurrenceState cancelled = state.withStatus(ActivityStatus.CANCELLED);
                return new Decision<>(cancelled, List.of(OccurrenceEvents.cancelled(occurrence, clock.instant())),
                        new Occurrence(activity, occurrence.originalStart(), cancelled));
            }
            LocalDateTime newStart = start != null ? start : occurrence.start();
            LocalDateTime newEnd = end != null ? end
                    : newStart.plus(java.time.Duration.between(occurrence.start(), occurrence.end()));
            if (!newEnd.isAfter(newStart)) {
                throw InvalidInputException.onField("end", FieldErrorCode.BEFORE_START, "must be after start");
            }
            Occurrence moved = new Occurrence(activity, occurrence.originalStart(), state.movedTo(newStart, newEnd));
            return new Decision<>(moved.state(), List.of(OccurrenceEvents.moved(moved, clock.instant())), moved);
        });
    }
}
