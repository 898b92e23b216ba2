package be.foyer.activities.council.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
import be.foyer.activities.council.CouncilService.LoggedDecision;
import be.foyer.activities.council.CouncilService.Outcome;
import be.foyer.activities.council.CouncilStatus;
import be.foyer.activities.council.DecisionStatus;
import be.foyer.activities.council.OrganisationAttendance;
import be.foyer.activities.council.web.CouncilViews.DecisionView;
import be.foyer.activities.council.web.CouncilViews.MeetingView;
import be.foyer.platform.problem.FieldChecks;
import be.foyer.platform.problem.FieldErrorCode;
import be.foyer.platform.problem.SelfChecking;
import be.foyer.platform.security.Caller;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/**
 * The tenants' council, shared by the whole federation: every organisation's workers and volunteers read it,
 * workers and facilitators propose agenda items, facilitators run the meetings.
 */
@RestController
@RequestMapping("/api/council")
@PreAuthorize("hasAnyRole('facilitator', 'staff', 'coordinator', 'volunteer')")
public class CouncilController {

    private static final String ORGANISATION_ALIAS = "[a-z0-9][a-z0-9-]{0,62}";

    private final CouncilService council;

    public CouncilController(CouncilService council) {
        this.council = council;
    }

    @PostMapping("/meetings")
    @PreAuthorize("hasRole('facilitator')")
    public ResponseEntity<MeetingView> schedule(Caller caller, @Valid @RequestBody ScheduleMeeting request) {
        CouncilMeeting meeting = council.schedule(caller, request.start(), request.placeName(), request.placeAddress());
        return ResponseEntity.created(URI.create("/api/council/meetings/" + meeting.id())).body(MeetingView.of(meeting));
    }

    /** The latest meetings first. */
    @GetMapping("/meetings")
    public PageResult<MeetingView> list(PageQuery page) {
        return council.list(page).map(MeetingView::of);
    }

    @GetMapping("/meetings/{id}")
    public MeetingView get(@PathVariable String id) {
        return MeetingView.of(council.get(id));
    }

    @PostMapping("/meetings/{id}/agenda-items")
    @PreAuthorize("hasAnyRole('facilitator', 'staff', 'coordinator')")
    public ResponseEntity<MeetingView> propose(Caller caller, @PathVariable String id,
            @Valid @RequestBody ProposeItem request) {
        CouncilMeeting meeting = council.propose(caller, id, request.title(), request.proposingOrganisation());
        return ResponseEntity.created(URI.create("/api/council/meetings/" + id)).body(MeetingView.of(meeting));
    }

    /** Minutes, attendance per organisation and outcomes; {@code "status":"HELD"} once the meeting took place. */
    @PutMapping("/meetings/{id}/minutes")
    @PreAuthorize("hasRole('facilitator')")
    public MeetingView minutes(@PathVariable String id, @Valid @RequestBody Minutes request) {
        return MeetingView.of(council.minutes(id, request.minutes(),
                request.attendance() == null ? List.of() : request.attendance().stream()
                        .map(present -> new OrganisationAttendance(present.organisation(), present.tenantsPresent()))
                        .toList(),
                request.outcomes() == null ? List.of() : request.outcomes().stream()
                        .map(outcome -> new Outcome(outcome.agendaItemId(), outcome.outcome())).toList(),
                request.status() == CouncilStatus.HELD));
    }

    @PostMapping("/meetings/{id}/decisions")
    @PreAuthorize("hasRole('facilitator')")
    public ResponseEntity<DecisionView> decide(@PathVariable String id, @Valid @RequestBody Decide request) {
        LoggedDecision decided = council.decide(id, new DecisionDraft(request.text(), request.agendaItemId(),
                request.votesFor(), request.votesAgainst(), request.abstentions(), request.ownerOrganisation(),
                request.dueDate(), request.status()));
        return ResponseEntity.created(URI.create("/api/council/decisions/" + decided.decision().id()))
                .body(DecisionView.of(decided.meeting(), decided.decision()));
    }

    /** The decisions log across meetings, latest meeting first; {@code status} filters. */
    @GetMapping("/decisions")
    public PageResult<DecisionView> decisions(@RequestParam(required = false) DecisionStatus status, PageQuery page) {
        return council.decisions(status, page).map(logged -> DecisionView.of(logged.meeting(), logged.decision()));
    }

    /** What became of a decision: its status and, if it moved, its due date. */
    @PatchMapping("/decisions/{decisionId}")
    @PreAuthorize("hasRole('facilitator')")
    public DecisionView follow(@PathVariable String decisionId, @Valid @RequestBody FollowDecision request) {
        LoggedDecision followed = council.follow(decisionId, request.status(), request.dueDate());
        return DecisionView.of(followed.meeting(), followed.decision());
    }

    public record ScheduleMeeting(
            @NotNull(message = "is required (Brussels local time, YYYY-MM-DDThh:mm)") LocalDateTime start,
            @Size(max = 200, message = "must be at most 200 characters") String placeName,
            @Size(max = 300, message = "must be at most 300 characters") String placeAddress) {
    }

    public record ProposeItem(
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
            @Pattern(regexp = ORGANISATION_ALIAS, message = "must be an organisation alias such as smes")
            String proposingOrganisation) {
    }

    public record PresentFrom(
            @NotBlank(message = "is required")
            @Pattern(regexp = ORGANISATION_ALIAS, message = "must be an organisation alias such as smes")
            String organisation,
            @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") Integer tenantsPresent) {
    }

    public record OutcomeOf(@NotBlank(message = "is required") String agendaItemId,
            @Size(max = 2000, message = "must be at most 2000 characters") String outcome) {
    }

    public record Minutes(
            @Size(max = 20000, message = "must be at most 20000 characters") String minutes,
            @Valid List<PresentFrom> attendance,
            @Valid List<OutcomeOf> outcomes,
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
            @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String text,
            String agendaItemId,
            @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") Integer votesFor,
            @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") Integer votesAgainst,
            @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") Integer abstentions,
            @NotBlank(message = "is required")
            @Pattern(regexp = ORGANISATION_ALIAS, message = "must be an organisation alias such as smes")
            String ownerOrganisation,
            LocalDate dueDate,
            DecisionStatus status) {
    }

    public record FollowDecision(DecisionStatus status, LocalDate dueDate) implements SelfChecking {

        @Override
        public void check(FieldChecks checks) {
            checks.require(status != null || dueDate != null, "status", FieldErrorCode.REQUIRED,
                    "give a new status (OPEN, DONE, DROPPED) or dueDate");
        }
    }
}
