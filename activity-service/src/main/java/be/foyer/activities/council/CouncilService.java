package be.foyer.activities.council;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import be.foyer.activities.activity.ActivityService;
import be.foyer.events.EventEnvelope;
import be.foyer.events.activities.CouncilDecisionRecorded;
import be.foyer.events.activities.CouncilMeetingHeld;
import be.foyer.events.activities.CouncilMeetingScheduled;
import be.foyer.platform.problem.BadRequestException;
import be.foyer.platform.problem.ConflictException;
import be.foyer.platform.problem.FieldChecks;
import be.foyer.platform.problem.FieldErrorCode;
import be.foyer.platform.problem.NotFoundException;
import be.foyer.platform.security.Caller;
import be.foyer.platform.security.Roles;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/**
 * The tenants' council across organisations: facilitators plan meetings, write minutes and record decisions;
 * workers put items on the agenda on behalf of their tenants. Only ids, dates and counts go on Kafka.
 */
@Service
public class CouncilService {

    private static final int ATTEMPTS = 20;

    private final CouncilStore store;
    private final Clock clock;

    public CouncilService(CouncilStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public CouncilMeeting schedule(Caller caller, LocalDateTime start, String placeName, String placeAddress) {
        Instant now = clock.instant();
        CouncilMeeting meeting = new CouncilMeeting(UUID.randomUUID().toString(), start, strip(placeName),
                strip(placeAddress), caller.userId(), caller.requireOrganisation(), CouncilStatus.SCHEDULED, List.of(),
                null, List.of(), List.of(), now, 0);
        store.insert(meeting, EventEnvelope.of(meeting.organisation(), new CouncilMeetingScheduled(meeting.id(),
                start.atZone(ActivityService.BRUSSELS).toInstant()), now));
        return meeting;
    }

    public CouncilMeeting get(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("council meeting", id));
    }

    public PageResult<CouncilMeeting> list(PageQuery page) {
        return store.list(page);
    }

    /** Workers propose for their own organisation; a facilitator may name the organisation proposing. */
    public CouncilMeeting propose(Caller caller, String meetingId, String title, String proposingOrganisation) {
        String organisation = caller.hasRole(Roles.FACILITATOR) && proposingOrganisation != null
                && !proposingOrganisation.isBlank() ? proposingOrganisation.strip() : caller.requireOrganisation();
        return change(meetingId, meeting -> {
            if (meeting.status() != CouncilStatus.SCHEDULED) {
                throw new ConflictException("This meeting is " + meeting.status() + "; its agenda is closed.");
            }
            AgendaItem item = new AgendaItem(UUID.randomUUID().toString(), title.strip(), organisation,
                    meeting.agenda().size() + 1, null, caller.userId());
            return new Change(meeting.withAgendaItem(item), List.of());
        });
    }

    /** An agenda item's outcome, written with the minutes. */
    public record Outcome(String agendaItemId, String outcome) {
    }

    /**
     * Writes the minutes, attendance and outcomes; {@code held} marks the meeting HELD (once it started), which
     * publishes {@code CouncilMeetingHeld} the first time.
     */
    public CouncilMeeting minutes(String meetingId, String text, List<OrganisationAttendance> attendance,
            List<Outcome> outcomes, boolean held) {
        return change(meetingId, meeting -> {
            if (meeting.status() == CouncilStatus.CANCELLED) {
                throw new ConflictException("This meeting was cancelled.");
            }
            FieldChecks checks = new FieldChecks();
            checks.require(!held || !LocalDateTime.now(clock.withZone(ActivityService.BRUSSELS))
                    .isBefore(meeting.start()), "status", FieldErrorCode.CONFLICTING,
                    "the meeting has not started yet (it starts on " + meeting.start() + ", Brussels time)");
            List<AgendaItem> items = new ArrayList<>(meeting.agenda());
            for (int i = 0; i < outcomes.size(); i++) {
                Outcome outcome = outcomes.get(i);
                int index = indexOf(items, outcome.agendaItemId());
                checks.require(index >= 0, "outcomes[" + i + "].agendaItemId", FieldErrorCode.UNKNOWN,
                        "is not an agenda item of this meeting");
                if (index >= 0) {
                    items.set(index, items.get(index).withOutcome(strip(outcome.outcome())));
                }
            }
            checks.throwIfAny();
            boolean nowHeld = held && meeting.status() == CouncilStatus.SCHEDULED;
            CouncilMeeting changed = meeting.withMinutes(strip(text), items, attendance,
                    held ? CouncilStatus.HELD : meeting.status());
            List<EventEnvelope<?>> events = nowHeld ? List.of(EventEnvelope.of(meeting.organisation(),
                    new CouncilMeetingHeld(meeting.id(), meeting.start().toLocalDate(),
                            attendance.stream().filter(present -> present.tenantsPresent() > 0)
                                    .map(OrganisationAttendance::organisation).toList(),
                            changed.tenantsPresent()), clock.instant())) : List.of();
            return new Change(changed, events);
        });
    }

    /** What a decision says and how the council voted. */
    public record DecisionDraft(String text, String agendaItemId, int votesFor, int votesAgainst, int abstentions,
            String ownerOrganisation, LocalDate dueDate, DecisionStatus status) {
    }

    public LoggedDecision decide(String meetingId, DecisionDraft draft) {
        String decisionId = UUID.randomUUID().toString();
        CouncilMeeting changed = change(meetingId, meeting -> {
            if (meeting.status() == CouncilStatus.CANCELLED) {
                throw new ConflictException("This meeting was cancelled; it took no decisions.");
            }
            if (draft.agendaItemId() != null && indexOf(meeting.agenda(), draft.agendaItemId()) < 0) {
                throw BadRequestException.onField("agendaItemId", FieldErrorCode.UNKNOWN, "is not an agenda item of this meeting");
            }
            Decision decision = new Decision(decisionId, draft.text().strip(), draft.agendaItemId(), draft.votesFor(),
                    draft.votesAgainst(), draft.abstentions(), draft.ownerOrganisation().strip(), draft.dueDate(),
                    draft.status() == null ? DecisionStatus.OPEN : draft.status(), clock.instant());
            return new Change(meeting.withDecision(decision), List.of(recorded(meeting, decision)));
        });
        return new LoggedDecision(changed, changed.decision(decisionId).orElseThrow());
    }

    /** A decision's new status (and due date), published again as {@code CouncilDecisionRecorded}. */
    public LoggedDecision follow(String decisionId, DecisionStatus status, LocalDate dueDate) {
        CouncilMeeting meeting = store.holdingDecision(decisionId)
                .orElseThrow(() -> new NotFoundException("council decision", decisionId));
        CouncilMeeting changed = change(meeting.id(), current -> {
            Decision decision = current.decision(decisionId).orElseThrow();
            Decision followed = decision.withStatus(status == null ? decision.status() : status,
                    dueDate == null ? decision.dueDate() : dueDate);
            return new Change(current.withDecision(followed), List.of(recorded(current, followed)));
        });
        return new LoggedDecision(changed, changed.decision(decisionId).orElseThrow());
    }

    /** A decision with the meeting that took it, for the decisions log. */
    public record LoggedDecision(CouncilMeeting meeting, Decision decision) {
    }

    /** Every decision across meetings, latest meeting first, optionally only those of one status. */
    public PageResult<LoggedDecision> decisions(DecisionStatus status, PageQuery page) {
        List<LoggedDecision> all = store.withDecisions().stream()
                .flatMap(meeting -> meeting.decisions().stream().map(decision -> new LoggedDecision(meeting, decision)))
                .filter(logged -> status == null || logged.decision().status() == status)
                .toList();
        int from = Math.min(page.offset(), all.size());
        return PageResult.of(all.subList(from, Math.min(from + page.size(), all.size())), page, all.size());
    }

    private record Change(CouncilMeeting meeting, List<EventEnvelope<?>> events) {
    }

    private CouncilMeeting change(String meetingId, Function<CouncilMeeting, Change> decision) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Change change = decision.apply(get(meetingId));
            if (store.save(change.meeting(), change.events())) {
                return change.meeting();
            }
        }
        throw new ConflictException("Many people are changing this meeting at once; please try again.");
    }

    private EventEnvelope<CouncilDecisionRecorded> recorded(CouncilMeeting meeting, Decision decision) {
        return EventEnvelope.of(meeting.organisation(), new CouncilDecisionRecorded(decision.id(), meeting.id(),
                decision.ownerOrganisation(), decision.votesFor(), decision.votesAgainst(), decision.abstentions(),
                decision.dueDate(), decision.status().name()), clock.instant());
    }

    private static int indexOf(List<AgendaItem> items, String agendaItemId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(agendaItemId)) {
                return i;
            }
        }
        return -1;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
