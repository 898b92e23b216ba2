package be.foyer.activities.occurrence;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import be.foyer.activities.activity.Activity;
import be.foyer.activities.activity.ActivityStatus;
import be.foyer.activities.activity.SeriesOccurrences;
import be.foyer.platform.domain.RuleViolationException;

/** The occurrences' answer to a change of their series (see {@link SeriesOccurrences}). */
@Service
class OccurrenceLimits implements SeriesOccurrences {

    private static final int LIMIT_ATTEMPTS = 20;

    private final OccurrenceStore occurrences;

    OccurrenceLimits(OccurrenceStore occurrences) {
        this.occurrences = occurrences;
    }

    @Override
    public void prepare(Activity current, Activity changed) {
        List<OccurrenceState> states = occurrences.ofActivity(current.id());
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
    }

    @Override
    public void changed(Activity current, Activity changed) {
        if (changed.capacity() > current.capacity()) {
            // after the series' capacity is raised: a limit left by an earlier lowering would hold places back
            occurrences.ofActivity(current.id()).stream().filter(state -> state.capacityLimit() != null)
                    .forEach(state -> limitOccurrence(state.id(), null));
        }
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
}
