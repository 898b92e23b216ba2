package be.foyer.activities.council.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.activities.council.CouncilMeeting;
import be.foyer.activities.council.CouncilService;
import be.foyer.activities.council.CouncilService.DecisionDraft;
import be.foyer.activities.council.CouncilService.LinkDraft;
import be.foyer.activities.council.CouncilService.LoggedDecision;
import be.foyer.activities.council.CouncilService.Outcome;
import be.foyer.activities.council.CouncilService.Proposal;
import be.foyer.activities.council.CouncilStatus;
import be.foyer.activities.council.DecisionLink;
import be.foyer.activities.council.DecisionStatus;
import be.foyer.activities.council.MeetingPlan;
import be.foyer.activities.council.OrganisationAttendance;
import be.foyer.activities.council.web.CouncilViews.DecisionView;
import be.foyer.activities.council.web.CouncilViews.MeetingView;
import be.foyer.activities.council.web.CouncilViews.PlannedMeetings;
import be.foyer.activities.council.web.CouncilViews.SeriesMeeting;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.problem.SelfChecking;
import be.foyer.platform.security.Caller;
import be.foyer.platform.validation.MultiLineText;
import be.foyer.platform.validation.PlausibleDate;
import be.foyer.platform.validation.SingleLineText;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The tenants' council, shared by the whole federation: every organisation's workers and volunteers read it,
 * workers and facilitators propose agenda items, facilitators run the meetings. The federation analyst reads the
 * decisions log (not the meetings: their agendas speak of tenants).
 */
@Tag(name = "Council", description = "Tenant council meetings: agenda, minutes, decisions and their follow-up.")
@RestController
@RequestMapping("/api/council")
@PreAuthorize("hasAnyRole('facilitator', 'staff', 'coordinator', 'volunteer')")
public class CouncilController {

    private static final String ORGANISATION_ALIAS = "[a-z0-9][a-z0-9-]{0,62}";

    private static final String ANALYST_TOO =
            "hasAnyRole('facilitator', 'staff', 'coordinator', 'volunteer', 'federation-analyst')";

    private final CouncilService council;
    private final CouncilViews views;

    public CouncilController(CouncilService council, CouncilViews views) {
        this.council = council;
        this.views = views;
    }

    /** One meeting, or one per date of {@code recurrence}; the answer is the first with the whole series' dates. */
    @Operation(summary = "Schedule council meetings")
    @PostMapping("/meetings")
    @PreAuthorize("hasRole('facilitator')")
    public ResponseEntity<PlannedMeetings> schedule(Caller caller, @Valid @RequestBody ScheduleMeeting request) {
        List<CouncilMeeting> planned = council.schedule(caller, request.plan());
        CouncilMeeting first = planned.get(0);
        return ResponseEntity.created(URI.create("/api/council/meetings/" + first.id()))
                .body(new PlannedMeetings(views.meeting(caller, first), planned.stream()
                        .map(meeting -> new SeriesMeeting(meeting.id(), meeting.start())).toList()));
    }

    /** By start from {@code from} when it is given, else the latest first. */
    @Operation(summary = "List council meetings")
    @GetMapping("/meetings")
    public PageResult<MeetingView> list(Caller caller, PageQuery page,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return council.list(from, to, page).map(meeting -> views.meeting(caller, meeting));
    }

    @Operation(summary = "Read a council meeting")
    @GetMapping("/meetings/{id}")
    public MeetingView get(Caller caller, @PathVariable String id) {
        return views.meeting(caller, council.get(id));
    }

    /** {@code {"status":"CANCELLED"}} calls the meeting off; {@code {"start","end"}} moves it. */
    @Operation(summary = "Change or cancel a council meeting")
    @PatchMapping("/meetings/{id}")
    @PreAuthorize("hasRole('facilitator')")
    public MeetingView change(Caller caller, @PathVariable String id, @Valid @RequestBody ChangeMeeting request) {
        return views.meeting(caller, council.cancelOrMove(id, request.status() == CouncilStatus.CANCELLED,
                request.start(), request.end()));
    }

    @Operation(summary = "Propose an agenda item")
    @PostMapping("/meetings/{id}/agenda-items")
    @PreAuthorize("hasAnyRole('facilitator', 'staff', 'coordinator')")
    public ResponseEntity<MeetingView> propose(Caller caller, @PathVariable String id,
            @Valid @RequestBody ProposeItem request) {
        CouncilMeeting meeting = council.propose(caller, id, new Proposal(request.title(),
                request.proposingOrganisation(), request.tenantId(), request.firstName()));
        return ResponseEntity.created(URI.create("/api/council/meetings/" + id)).body(views.meeting(caller, meeting));
    }

    @Operation(summary = "Order a meeting's agenda")
    @PutMapping("/meetings/{id}/agenda-items/order")
    @PreAuthorize("hasRole('facilitator')")
    public MeetingView reorder(Caller caller, @PathVariable String id, @Valid @RequestBody AgendaOrder request) {
        return views.meeting(caller, council.reorder(id, request.itemIds()));
    }

    /** Minutes, attendance per organisation and outcomes; {@code "status":"HELD"} once the meeting took place. */
    @Operation(summary = "Record a meeting's minutes")
    @PutMapping("/meetings/{id}/minutes")
    @PreAuthorize("hasRole('facilitator')")
    public MeetingView minutes(Caller caller, @PathVariable String id, @Valid @RequestBody Minutes request) {
        return views.meeting(caller, council.minutes(id, request.minutes(),
                request.attendance() == null ? List.of() : request.attendance().stream()
                        .map(present -> new OrganisationAttendance(present.organisation(), present.tenantsPresent()))
                        .toList(),
                request.outcomes() == null ? List.of() : request.outcomes().stream()
                        .map(outcome -> new Outcome(outcome.agendaItemId(), outcome.outcome())).toList(),
                request.status() == CouncilStatus.HELD));
    }

    @Operation(summary = "Record a council decision")
    @PostMapping("/meetings/{id}/decisions")
    @PreAuthorize("hasRole('facilitator')")
    public ResponseEntity<DecisionView> decide(Caller caller, @PathVariable String id,
            @Valid @RequestBody Decide request) {
        LoggedDecision decided = council.decide(id, new DecisionDraft(request.text(), request.agendaItemId(),
                request.votesFor(), request.votesAgainst(), request.abstentions(), request.ownerOrganisation(),
                request.dueDate(), request.status()));
        return ResponseEntity.created(URI.create("/api/council/decisions/" + decided.decision().id()))
                .body(views.decision(caller, decided.meeting(), decided.decision()));
    }

    /**
     * The decisions log across meetings, latest meeting first; {@code status} and {@code ownerOrganisation} filter
     * (both named at once when wrong). The federation analyst reads it too.
     */
    @Operation(summary = "List council decisions")
    @GetMapping("/decisions")
    @PreAuthorize(ANALYST_TOO)
    public PageResult<DecisionView> decisions(Caller caller, PageQuery page,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String ownerOrganisation) {
        FieldChecks checks = new FieldChecks();
        DecisionStatus wanted = Arrays.stream(DecisionStatus.values())
                .filter(known -> known.name().equals(status)).findFirst().orElse(null);
        checks.require(status == null || wanted != null, "status", FieldErrorCode.NOT_ALLOWED,
                "must be one of " + Arrays.toString(DecisionStatus.values()));
        checks.require(ownerOrganisation == null || ownerOrganisation.matches(ORGANISATION_ALIAS),
                "ownerOrganisation", FieldErrorCode.INVALID_FORMAT, "must be an organisation alias such as smes");
        checks.throwIfAny();
        return council.decisions(wanted, ownerOrganisation, page)
                .map(logged -> views.decision(caller, logged.meeting(), logged.decision()));
    }

    @Operation(summary = "Read a council decision")
    @GetMapping("/decisions/{decisionId}")
    @PreAuthorize(ANALYST_TOO)
    public DecisionView decision(Caller caller, @PathVariable String decisionId) {
        LoggedDecision logged = council.logged(decisionId);
        return views.decision(caller, logged.meeting(), logged.decision());
    }

    /** What became of a decision: its status and, if it moved, its due date. */
    @Operation(summary = "Follow up a council decision (status, due date)")
    @PatchMapping("/decisions/{decisionId}")
    @PreAuthorize("hasRole('facilitator')")
    public DecisionView follow(Caller caller, @PathVariable String decisionId,
            @Valid @RequestBody FollowDecision request) {
        LoggedDecision followed = council.follow(decisionId, request.status(), request.dueDate());
        return views.decision(caller, followed.meeting(), followed.decision());
    }

    /** What a decision led to: an activity the caller can see, or a house rule changed on a site. */
    @Operation(summary = "Link a decision to an activity or another record")
    @PostMapping("/decisions/{decisionId}/links")
    @PreAuthorize("hasAnyRole('facilitator', 'coordinator')")
    public ResponseEntity<DecisionView> link(Caller caller, @PathVariable String decisionId,
            @Valid @RequestBody AddLink request) {
        LoggedDecision linked = council.link(caller, decisionId, new LinkDraft(request.kind(), request.activityId(),
                request.siteName(), request.description()));
        return ResponseEntity.created(URI.create("/api/council/decisions/" + decisionId))
                .body(views.decision(caller, linked.meeting(), linked.decision()));
    }

    public record ScheduleMeeting(
            @NotNull(message = "is required (Brussels local time, YYYY-MM-DDThh:mm)") @PlausibleDate(yearsBack = 10, yearsAhead = 15) LocalDateTime start,
            @PlausibleDate(yearsBack = 10, yearsAhead = 15) LocalDateTime end,
            @Size(max = 500, message = "must be at most 500 characters") @SingleLineText String recurrence,
            @Size(max = 100, message = "must list at most 100 dates")
            List<@PlausibleDate(yearsBack = 10, yearsAhead = 15) LocalDate> exceptions,
            @Size(max = 200, message = "must be at most 200 characters") @SingleLineText String placeName,
            @Size(max = 300, message = "must be at most 300 characters") @SingleLineText String placeAddress) implements SelfChecking {

        MeetingPlan plan() {
            return new MeetingPlan(start, end, recurrence, exceptions, placeName, placeAddress);
        }

        @Override
        public void check(FieldChecks checks) {
            plan().check(checks);
        }
    }

    public record ChangeMeeting(CouncilStatus status, @PlausibleDate(yearsBack = 10, yearsAhead = 15) LocalDateTime start, @PlausibleDate(yearsBack = 10, yearsAhead = 15) LocalDateTime end) implements SelfChecking {

        @Override
        public void check(FieldChecks checks) {
            checks.require(status == null || status == CouncilStatus.CANCELLED, "status", FieldErrorCode.NOT_ALLOWED,
                    "only CANCELLED can be set here");
            checks.require(status != null || start != null || end != null, "start", FieldErrorCode.REQUIRED,
                    "give a new start and/or end, or status CANCELLED");
            if (start != null && end != null) {
                checks.require(end.isAfter(start), "end", FieldErrorCode.BEFORE_START, "must be after start");
            }
        }
    }

    /** {@code tenantId}: a tenant of the caller's organisation the item is proposed on behalf of. */
    public record ProposeItem(
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") @SingleLineText String title,
            @Pattern(regexp = ORGANISATION_ALIAS, message = "must be an organisation alias such as smes")
            String proposingOrganisation,
            @Size(max = 100, message = "must be at most 100 characters") @SingleLineText String tenantId,
            @Size(max = 100, message = "must be at most 100 characters") @SingleLineText String firstName) implements SelfChecking {

        @Override
        public void check(FieldChecks checks) {
            checks.require(firstName == null || tenantId != null, "firstName", FieldErrorCode.CONFLICTING,
                    "is the first name of the tenant named by tenantId; give tenantId too");
        }
    }

    public record AgendaOrder(
            @NotNull(message = "is required: every agenda item id, in the new order")
            @Size(max = 500, message = "must list at most 500 items") List<@Size(max = 64, message = "must be at most 64 characters") @SingleLineText String> itemIds) {
    }

    /** {@code ACTIVITY} with {@code activityId}, or {@code HOUSE_RULE} with {@code siteName} and {@code description}. */
    public record AddLink(
            @NotNull(message = "is required (ACTIVITY or HOUSE_RULE)") DecisionLink.Kind kind,
            @Size(max = 100, message = "must be at most 100 characters") @SingleLineText String activityId,
            @Size(max = 200, message = "must be at most 200 characters") @SingleLineText String siteName,
            @Size(max = 1000, message = "must be at most 1000 characters") @MultiLineText String description) implements SelfChecking {

        @Override
        public void check(FieldChecks checks) {
            if (kind == DecisionLink.Kind.ACTIVITY) {
                checks.require(activityId != null && !activityId.isBlank(), "activityId", FieldErrorCode.REQUIRED,
                        "is required for an ACTIVITY link");
            } else if (kind == DecisionLink.Kind.HOUSE_RULE) {
                checks.require(siteName != null && !siteName.isBlank(), "siteName", FieldErrorCode.REQUIRED,
                        "is required for a HOUSE_RULE link");
                checks.require(description != null && !description.isBlank(), "description",
                        FieldErrorCode.REQUIRED, "is required for a HOUSE_RULE link");
            }
        }
    }

    public record PresentFrom(
            @NotBlank(message = "is required")
            @Pattern(regexp = ORGANISATION_ALIAS, message = "must be an organisation alias such as smes")
            String organisation,
            @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") Integer tenantsPresent) {
    }

    public record OutcomeOf(@NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") @SingleLineText String agendaItemId,
            @Size(max = 2000, message = "must be at most 2000 characters") @MultiLineText String outcome) {
    }

    public record Minutes(
            @Size(max = 20000, message = "must be at most 20000 characters") @MultiLineText String minutes,
            @Size(max = 200, message = "must list at most 200 organisations") @Valid List<PresentFrom> attendance,
            @Size(max = 500, message = "must list at most 500 outcomes") @Valid List<OutcomeOf> outcomes,
            CouncilStatus status) implements SelfChecking {

        /** Every agenda item and organisation once, and only HELD as a status. */
        @Override
        public void check(FieldChecks checks) {
            checks.require(status == null || status == CouncilStatus.HELD, "status", FieldErrorCode.NOT_ALLOWED,
                    "only HELD can be set with the minutes");
            if (attendance != null) {
                checks.require(attendance.stream().map(PresentFrom::organisation).distinct().count()
                        == attendance.size(), "attendance", FieldErrorCode.CONFLICTING, "lists an organisation twice");
            }
        }
    }

    public record Decide(
            @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") @MultiLineText String text,
            @Size(max = 64, message = "must be at most 64 characters") @SingleLineText String agendaItemId,
            @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") Integer votesFor,
            @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") Integer votesAgainst,
            @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") Integer abstentions,
            @NotBlank(message = "is required")
            @Pattern(regexp = ORGANISATION_ALIAS, message = "must be an organisation alias such as smes")
            String ownerOrganisation,
            @PlausibleDate(yearsBack = 10, yearsAhead = 15) LocalDate dueDate,
            DecisionStatus status) {
    }

    public record FollowDecision(DecisionStatus status, @PlausibleDate(yearsBack = 10, yearsAhead = 15) LocalDate dueDate) implements SelfChecking {

        @Override
        public void check(FieldChecks checks) {
            checks.require(status != null || dueDate != null, "status", FieldErrorCode.REQUIRED,
                    "give a new status (OPEN, IN_PROGRESS, DONE, DROPPED) or dueDate");
        }
    }
}
