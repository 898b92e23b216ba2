package be.foyer.activities.council;

import be.foyer.events.BrusselsTime;
import java.time.Clock;
import java.time.Duration;
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
import be.foyer.platform.domain.InvalidInputException;
import be.foyer.platform.domain.RuleViolationException;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.domain.NoSuchRecordException;
import be.foyer.platform.security.Caller;
import be.foyer.platform.security.Roles;
import be.foyer.platform.tenants.KnownTenants;
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
    private final KnownTenants knownTenants;
    private final ActivityService activities;
    private final Clock clock;

    public CouncilService(CouncilStore store, KnownTenants knownTenants, ActivityService activities, Clock clock) {
        this.store = store;
        this.knownTenants = knownTenants;
        this.activities = activities;
        this.clock = clock;
    }

    /**
     * Plans one meeting, or one per date of the plan's recurrence with a shared series id; each publishes
     * {@code CouncilMeetingScheduled}. The plan was checked ({@link MeetingPlan#check}).
     */
    public List<CouncilMeeting> schedule(Caller caller, MeetingPlan plan) {
        Instant now = clock.instant();
        String seriesId = plan.recurring() ? UUID.randomUUID().toString() : null;
        List<CouncilMeeting> planned = plan.starts().stream().map(start -> new CouncilMeeting(
                UUID.randomUUID().toString(), seriesId, start, start.plus(plan.length()), strip(plan.placeName()),
                strip(plan.placeAddress()), caller.author(), caller.requireOrganisation(), CouncilStatus.SCHEDULED,
                List.of(), null, List.of(), List.of(), now, 0)).toList();
        store.insert(planned, meeting -> CouncilEvents.scheduled(meeting, now));
        return planned;
    }

    public CouncilMeeting get(String id) {
        return store.find(id).orElseThrow(() -> new NoSuchRecordException("council meeting", id));
    }

    /** The meetings starting from {@code from} to {@code to} (days, both included, either optional). */
    public PageResult<CouncilMeeting> list(LocalDate from, LocalDate to, PageQuery page) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.onField("to", FieldErrorCode.BEFORE_START, "must not be before from");
        }
        return store.list(from == null ? null : from.atStartOfDay(), to == null ? null : to.plusDays(1).atStartOfDay(),
                page);
    }

    /** Every meeting starting in [{@code from}, {@code until}) (Brussels local, either optional), by start. */
    public List<CouncilMeeting> between(LocalDateTime from, LocalDateTime until) {
        return store.between(from, until);
    }

    /**
     * Calls a meeting off ({@code CouncilMeetingCancelled}) or moves it ({@code CouncilMeetingRescheduled}); a
     * meeting held or already cancelled stays as it is (409). Moving only the start keeps the meeting's length.
     */
    public CouncilMeeting cancelOrMove(String meetingId, boolean cancel, LocalDateTime start, LocalDateTime end) {
        return change(meetingId, meeting -> {
            if (meeting.status() != CouncilStatus.SCHEDULED) {
                throw new RuleViolationException("This meeting is " + meeting.status() + "; it can no longer change.");
            }
            if (cancel) {
                CouncilMeeting cancelled = meeting.cancelled();
                return new Change(cancelled, List.of(CouncilEvents.cancelled(cancelled, clock.instant())));
            }
            LocalDateTime newStart = start == null ? meeting.start() : start;
            LocalDateTime newEnd = end != null ? end
                    : newStart.plus(Duration.between(meeting.start(), meeting.end()));
            if (!newEnd.isAfter(newStart)) {
                throw InvalidInputException.onField("end", FieldErrorCode.BEFORE_START,
                        "must be after the start (" + newStart + ")");
            }
            boolean moved = !newStart.equals(meeting.start());
            CouncilMeeting changed = meeting.movedTo(newStart, newEnd);
            return new Change(changed, moved ? List.of(CouncilEvents.rescheduled(changed, clock.instant()))
                    : List.of());
        });
    }

    /** What a worker or facilitator puts on the agenda. */
    public record Proposal(String title, String proposingOrganisation, String tenantId, String tenantFirstName) {
    }

    /**
     * Workers propose for their own organisation, on behalf of one of its tenants if they name one; a facilitator
     * may name the organisation proposing (but has no tenants).
     */
    public CouncilMeeting propose(Caller caller, String meetingId, Proposal proposal) {
        get(meetingId);
        boolean onBehalfOfTenant = proposal.tenantId() != null;
        if (onBehalfOfTenant && !(caller.hasAnyRole(Roles.STAFF, Roles.COORDINATOR)
                && knownTenants.has(caller.requireOrganisation(), proposal.tenantId()))) {
            throw InvalidInputException.onField("tenantId", FieldErrorCode.UNKNOWN,
                    "is not a tenant of your organisation");
        }
        String organisation = !onBehalfOfTenant && caller.hasRole(Roles.FACILITATOR)
                && proposal.proposingOrganisation() != null && !proposal.proposingOrganisation().isBlank()
                ? proposal.proposingOrganisation().strip() : caller.requireOrganisation();
        return change(meetingId, meeting -> {
            requireAgendaOpen(meeting);
            AgendaItem item = new AgendaItem(UUID.randomUUID().toString(), proposal.title().strip(), organisation,
                    meeting.agenda().size() + 1, null, caller.author(), proposal.tenantId(),
                    onBehalfOfTenant ? strip(proposal.tenantFirstName()) : null);
            return new Change(meeting.withAgendaItem(item), List.of());
        });
    }

    /** The agenda in a new order: {@code itemIds} must list every item of the meeting once. */
    public CouncilMeeting reorder(String meetingId, List<String> itemIds) {
        return change(meetingId, meeting -> {
            requireAgendaOpen(meeting);
            List<String> known = meeting.agenda().stream().map(AgendaItem::id).toList();
            List<String> unknown = itemIds.stream().filter(id -> !known.contains(id)).toList();
            if (!unknown.isEmpty()) {
                throw InvalidInputException.onField("itemIds", FieldErrorCode.UNKNOWN,
                        "are not agenda items of this meeting: " + unknown);
            }
            if (itemIds.stream().distinct().count() != itemIds.size()) {
                throw InvalidInputException.onField("itemIds", FieldErrorCode.CONFLICTING, "lists an item twice");
            }
            if (itemIds.size() != known.size()) {
                throw InvalidInputException.onField("itemIds", FieldErrorCode.TOO_FEW,
                        "must list every agenda item of this meeting (" + known.size() + ")");
            }
            List<AgendaItem> reordered = meeting.agenda().stream()
                    .map(item -> item.at(itemIds.indexOf(item.id()) + 1)).toList();
            return new Change(meeting.withAgenda(reordered), List.of());
        });
    }

    private static void requireAgendaOpen(CouncilMeeting meeting) {
        if (meeting.status() != CouncilStatus.SCHEDULED) {
            throw new RuleViolationException("This meeting is " + meeting.status() + "; its agenda is closed.");
        }
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
                throw new RuleViolationException("This meeting was cancelled.");
            }
            FieldChecks checks = new FieldChecks();
            checks.require(!held || !LocalDateTime.now(clock.withZone(BrusselsTime.ZONE))
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
            List<EventEnvelope<?>> events = nowHeld ? List.of(CouncilEvents.held(changed, clock.instant()))
                    : List.of();
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
                throw new RuleViolationException("This meeting was cancelled; it took no decisions.");
            }
            if (draft.agendaItemId() != null && indexOf(meeting.agenda(), draft.agendaItemId()) < 0) {
                throw InvalidInputException.onField("agendaItemId", FieldErrorCode.UNKNOWN, "is not an agenda item of this meeting");
            }
            Decision decision = new Decision(decisionId, draft.text().strip(), draft.agendaItemId(), draft.votesFor(),
                    draft.votesAgainst(), draft.abstentions(), draft.ownerOrganisation().strip(), draft.dueDate(),
                    draft.status() == null ? DecisionStatus.OPEN : draft.status(), clock.instant(), List.of());
            return new Change(meeting.withDecision(decision), List.of(CouncilEvents.decisionRecorded(meeting, decision, clock.instant())));
        });
        return new LoggedDecision(changed, changed.decision(decisionId).orElseThrow());
    }

    /** A decision's new status (and due date), published again as {@code CouncilDecisionRecorded}. */
    public LoggedDecision follow(String decisionId, DecisionStatus status, LocalDate dueDate) {
        CouncilMeeting meeting = logged(decisionId).meeting();
        CouncilMeeting changed = change(meeting.id(), current -> {
            Decision decision = current.decision(decisionId).orElseThrow();
            Decision followed = decision.withStatus(status == null ? decision.status() : status,
                    dueDate == null ? decision.dueDate() : dueDate);
            return new Change(current.withDecision(followed), List.of(CouncilEvents.decisionRecorded(current, followed, clock.instant())));
        });
        return new LoggedDecision(changed, changed.decision(decisionId).orElseThrow());
    }

    /** A decision with the meeting that took it, for the decisions log. */
    public record LoggedDecision(CouncilMeeting meeting, Decision decision) {
    }

    /** What a decision led to, as a facilitator or coordinator states it. */
    public record LinkDraft(DecisionLink.Kind kind, String activityId, String siteName, String description) {
    }

    /**
     * Links a decision to what it led to: an activity the caller can see (else 400 on {@code activityId}, as an
     * unknown one) or a house rule on a site. Nothing is published: the contract has no event for it.
     */
    public LoggedDecision link(Caller caller, String decisionId, LinkDraft draft) {
        CouncilMeeting meeting = logged(decisionId).meeting();
        if (draft.kind() == DecisionLink.Kind.ACTIVITY) {
            try {
                activities.get(caller.organisation(), draft.activityId());
            } catch (NoSuchRecordException unknown) {
                throw InvalidInputException.onField("activityId", FieldErrorCode.UNKNOWN, "is not an activity you can see");
            }
        }
        boolean activity = draft.kind() == DecisionLink.Kind.ACTIVITY;
        DecisionLink link = new DecisionLink(UUID.randomUUID().toString(), draft.kind(),
                activity ? draft.activityId() : null, activity ? null : strip(draft.siteName()),
                activity ? null : strip(draft.description()), clock.instant(), caller.author());
        CouncilMeeting changed = change(meeting.id(), current -> new Change(
                current.withDecision(current.decision(decisionId).orElseThrow().withLink(link)), List.of()));
        return new LoggedDecision(changed, changed.decision(decisionId).orElseThrow());
    }

    public LoggedDecision logged(String decisionId) {
        CouncilMeeting meeting = store.holdingDecision(decisionId)
                .orElseThrow(() -> new NoSuchRecordException("council decision", decisionId));
        return new LoggedDecision(meeting, meeting.decision(decisionId).orElseThrow());
    }

    /** Every decision across meetings, latest meeting first, optionally of one status and owner organisation. */
    public PageResult<LoggedDecision> decisions(DecisionStatus status, String ownerOrganisation, PageQuery page) {
        List<LoggedDecision> all = store.withDecisions().stream()
                .flatMap(meeting -> meeting.decisions().stream().map(decision -> new LoggedDecision(meeting, decision)))
                .filter(logged -> status == null || logged.decision().status() == status)
                .filter(logged -> ownerOrganisation == null
                        || logged.decision().ownerOrganisation().equals(ownerOrganisation))
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
        throw new RuleViolationException("Many people are changing this meeting at once; please try again.");
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
