package be.foyer.activities.council;

import be.foyer.events.BrusselsTime;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import be.foyer.activities.activity.ActivityService;
import be.foyer.activities.activity.Recurrence;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;

/**
 * What a facilitator states when planning council meetings: one, or a series by the calendar's recurrence rules
 * (Brussels local times; {@code end} defaults to two hours after {@code start}; {@code exceptions} are dates left
 * out).
 */
public record MeetingPlan(LocalDateTime start, LocalDateTime end, String recurrence, List<LocalDate> exceptions,
        String placeName, String placeAddress) {

    /** How long a meeting lasts when its end is not given. */
    public static final Duration DEFAULT_LENGTH = Duration.ofHours(2);
    /** A rule without COUNT or UNTIL plans this many meetings: a year of monthly councils. */
    static final int OPEN_SERIES_MEETINGS = 12;
    /** More meetings than this at once is a mistake in the rule (a weekly rule for a year...). */
    static final int MAX_MEETINGS = 24;

    public MeetingPlan {
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    /**
     * The rules between the parts, all noted at once: an end after the start, a rule the calendar supports that the
     * start is a day of, exceptions only with a rule, at most {@value #MAX_MEETINGS} meetings.
     */
    public void check(FieldChecks checks) {
        if (start != null && end != null) {
            checks.require(end.isAfter(start), "end", FieldErrorCode.BEFORE_START, "must be after start");
        }
        checks.require(recurring() || exceptions.isEmpty(), "exceptions", FieldErrorCode.CONFLICTING,
                "only a recurrence has exceptions");
        if (recurring()) {
            Recurrence rule = Recurrence.check(recurrence, start, BrusselsTime.ZONE, checks);
            if (rule != null && start != null && rule.isFinite()) {
                checks.require(starts(rule).size() <= MAX_MEETINGS, Recurrence.FIELD, FieldErrorCode.TOO_MANY,
                        "plans more than " + MAX_MEETINGS + " meetings; plan fewer at once");
            }
        }
    }

    public boolean recurring() {
        return recurrence != null && !recurrence.isBlank();
    }

    /** The local starts of the meetings, exceptions left out; a rule without end gives the first twelve. */
    public List<LocalDateTime> starts() {
        return recurring() ? starts(Recurrence.parse(recurrence, BrusselsTime.ZONE)) : List.of(start);
    }

    public Duration length() {
        return end == null ? DEFAULT_LENGTH : Duration.between(start, end);
    }

    private List<LocalDateTime> starts(Recurrence rule) {
        // a rule without end is cut after twelve meetings; the horizon only bounds the computation
        List<LocalDateTime> starts = rule.starts(start, start.plusYears(100)).stream()
                .filter(meeting -> !exceptions.contains(meeting.toLocalDate()))
                .toList();
        return rule.isFinite() ? starts : starts.subList(0, Math.min(OPEN_SERIES_MEETINGS, starts.size()));
    }
}
