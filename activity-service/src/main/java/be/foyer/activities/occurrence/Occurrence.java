package be.foyer.activities.occurrence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import be.foyer.activities.activity.Activity;
import be.foyer.activities.activity.ActivityStatus;

/**
 * One occurrence of an activity as the calendar shows it: the series' time unless it was moved alone, the series'
 * status unless it was cancelled or held alone.
 *
 * @param state what happened to it apart from the series; {@code null} while nothing did
 */
public record Occurrence(Activity activity, LocalDateTime originalStart, OccurrenceState state) {

    public String id() {
        return activity.occurrenceId(originalStart);
    }

    public LocalDateTime start() {
        return state != null && state.movedStart() != null ? state.movedStart() : originalStart;
    }

    public LocalDateTime end() {
        return state != null && state.movedEnd() != null ? state.movedEnd()
                : originalStart.plus(activity.localDuration());
    }

    public Instant startsAt() {
        return start().atZone(activity.zone()).toInstant();
    }

    public Instant endsAt() {
        return end().atZone(activity.zone()).toInstant();
    }

    public ActivityStatus status() {
        if (activity.status() == ActivityStatus.CANCELLED) {
            return ActivityStatus.CANCELLED;
        }
        return state == null ? ActivityStatus.SCHEDULED : state.status();
    }

    public List<Registration> registrations() {
        return state == null ? List.of() : state.registrations();
    }

    public long confirmed() {
        return state == null ? 0 : state.confirmed();
    }

    public long waitlisted() {
        return state == null ? 0 : state.waitlisted();
    }
}
