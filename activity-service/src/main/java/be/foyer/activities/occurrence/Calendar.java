package be.foyer.activities.occurrence;

import be.foyer.events.BrusselsTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;

import be.foyer.activities.activity.Activity;
import be.foyer.activities.activity.ActivityService;
import be.foyer.activities.council.CouncilService;
import be.foyer.platform.domain.InvalidInputException;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/**
 * The occurrences an organisation sees in a period: series expanded, single moves and cancellations applied; the
 * list also holds the council's meetings.
 */
@Service
public class Calendar {

    /** How far an occurrence may have been moved alone and still be found from its original date. */
    private static final int MOVE_MARGIN_DAYS = 31;
    /** How far ahead a series without end is shown when the period has no end. */
    private static final int OPEN_SERIES_YEARS = 1;

    private final ActivityService activities;
    private final OccurrenceStore occurrences;
    private final CouncilService council;
    private final Clock clock;

    public Calendar(ActivityService activities, OccurrenceStore occurrences, CouncilService council, Clock clock) {
        this.activities = activities;
        this.occurrences = occurrences;
        this.council = council;
        this.clock = clock;
    }

    /**
     * The days {@code from} to {@code to}, both included and both optional, a page at a time, by start: the
     * occurrences {@code filter} accepts and, {@code withCouncil}, the council's meetings, merged before paging.
     */
    public PageResult<CalendarEntry> list(String organisation, LocalDate from, LocalDate to,
            Predicate<Occurrence> filter, boolean withCouncil,
            PageQuery page) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.onField("to", FieldErrorCode.BEFORE_START, "must not be before from");
        }
        LocalDateTime start = from == null ? null : from.atStartOfDay();
        LocalDateTime until = to == null ? null : to.plusDays(1).atStartOfDay();
        List<CalendarEntry> all = new ArrayList<>();
        between(organisation, start, until).stream().filter(filter)
                .forEach(occurrence -> all.add(new CalendarEntry.OfActivity(occurrence)));
        if (withCouncil) {
            council.between(start, until).forEach(meeting -> all.add(new CalendarEntry.OfMeeting(meeting)));
        }
        all.sort(CalendarEntry.BY_START);
        int fromIndex = Math.min(page.offset(), all.size());
        int toIndex = Math.min(fromIndex + page.size(), all.size());
        return PageResult.of(all.subList(fromIndex, toIndex), page, all.size());
    }

    /**
     * The occurrences starting in [{@code from}, {@code until}) (Brussels local times, either optional), by start.
     * A series without end is shown up to a year after {@code from} (or today) when {@code until} is open.
     */
    public List<Occurrence> between(String organisation, LocalDateTime from, LocalDateTime until) {
        LocalDateTime searchFrom = from == null ? null : from.minusDays(MOVE_MARGIN_DAYS);
        LocalDateTime searchUntil = until == null ? null : until.plusDays(MOVE_MARGIN_DAYS);
        List<Activity> candidates = activities.visibleBetween(organisation,
                searchFrom == null ? null : searchFrom.atZone(BrusselsTime.ZONE).toInstant(),
                searchUntil == null ? null : searchUntil.atZone(BrusselsTime.ZONE).toInstant());
        return occurrencesOf(candidates, from, until);
    }

    /** The occurrences of one activity starting in [{@code from}, {@code until}), as {@link #between} finds them. */
    public List<Occurrence> of(Activity activity, LocalDateTime from, LocalDateTime until) {
        return occurrencesOf(List.of(activity), from, until);
    }

    private List<Occurrence> occurrencesOf(List<Activity> candidates, LocalDateTime from, LocalDateTime until) {
        LocalDateTime openEnd = (from != null ? from : LocalDate.now(clock.withZone(BrusselsTime.ZONE))
                .atStartOfDay()).plusYears(OPEN_SERIES_YEARS);
        LocalDateTime searchFrom = from == null ? null : from.minusDays(MOVE_MARGIN_DAYS);
        LocalDateTime searchUntil = until == null ? null : until.plusDays(MOVE_MARGIN_DAYS);
        Map<String, OccurrenceState> states = candidates.isEmpty() ? Map.of()
                : occurrences.ofActivities(candidates.stream().map(Activity::id).toList());
        List<Occurrence> found = new ArrayList<>();
        for (Activity activity : candidates) {
            LocalDateTime lastStart = activity.lastStart();
            LocalDateTime horizon = searchUntil != null ? searchUntil
                    : lastStart != null ? lastStart.plusMinutes(1) : openEnd;
            for (LocalDateTime start : activity.occurrenceStarts(
                    searchFrom == null ? activity.start() : searchFrom, horizon)) {
                Occurrence occurrence = new Occurrence(activity, start, states.get(activity.occurrenceId(start)));
                if ((from == null || !occurrence.start().isBefore(from))
                        && (until == null || occurrence.start().isBefore(until))
                        && (until != null || lastStart != null || occurrence.start().isBefore(openEnd))) {
                    found.add(occurrence);
                }
            }
        }
        found.sort(Comparator.comparing(Occurrence::startsAt).thenComparing(Occurrence::id));
        return found;
    }
}
