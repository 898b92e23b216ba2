package be.foyer.tenants.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.problem.SelfChecking;
import be.foyer.platform.security.Caller;
import be.foyer.platform.validation.MultiLineText;
import be.foyer.platform.validation.PlausibleDate;
import be.foyer.tenants.plan.Goal;
import be.foyer.tenants.plan.GoalStatus;
import be.foyer.tenants.plan.PlanRevision;
import be.foyer.tenants.plan.SupportPlanService;
import be.foyer.tenants.tenant.LifeDomain;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The support plan: {@code PUT} writes a new revision (the whole list of goals); {@code GET} answers the plan in
 * force and every revision. Volunteers read the plan of their assigned tenants; staff and coordinators write it.
 */
@Tag(name = "Support plans", description = "A tenant's support plan: goals by domain, revised as a whole.")
@RestController
@RequestMapping("/api/tenants/{tenantId}/support-plan")
public class SupportPlanController {

    private final SupportPlanService plans;

    public SupportPlanController(SupportPlanService plans) {
        this.plans = plans;
    }

    @Operation(summary = "Read a tenant's current support plan")
    @GetMapping
    @PreAuthorize("hasAnyRole('staff', 'coordinator', 'volunteer')")
    public SupportPlan get(Caller caller, @PathVariable String tenantId) {
        return SupportPlan.of(tenantId, plans.revisions(caller, tenantId));
    }

    @Operation(summary = "Revise a tenant's support plan")
    @PutMapping
    @PreAuthorize("hasAnyRole('staff', 'coordinator')")
    public SupportPlan revise(Caller caller, @PathVariable String tenantId, @Valid @RequestBody RevisePlan request) {
        return SupportPlan.of(tenantId,
                plans.revise(caller, tenantId, request.goals().stream().map(GoalInput::toGoal).toList()));
    }

    public record RevisePlan(
            @NotNull(message = "is required: the whole list of goals (empty to close the plan)")
            @Size(max = 50, message = "must hold at most 50 goals") List<@Valid GoalInput> goals)
            implements SelfChecking {

        @Override
        public void check(FieldChecks checks) {
            if (goals != null && !goals.contains(null)) {
                Goal.check(goals.stream().map(GoalInput::toGoal).toList(), checks);
            }
        }
    }

    /** @param status defaults to PLANNED */
    public record GoalInput(
            @NotNull(message = "is required") LifeDomain domain,
            @NotBlank(message = "is required: the goal as agreed with the person")
            @Size(max = 1000, message = "must be at most 1000 characters") @MultiLineText String description,
            GoalStatus status,
            @PlausibleDate(yearsBack = 20, yearsAhead = 10) LocalDate startDate,
            @PlausibleDate(yearsBack = 20, yearsAhead = 10) LocalDate targetDate) {
        Goal toGoal() {
            return new Goal(domain, description, status == null ? GoalStatus.PLANNED : status, startDate, targetDate);
        }
    }

    /** The plan in force (revision 0 and no goals before the first PUT) and all revisions, latest first. */
    public record SupportPlan(String tenantId, int revision, List<Goal> goals, String revisedBy, Instant revisedAt,
            List<RevisionView> revisions) {
        public static SupportPlan of(String tenantId, List<PlanRevision> revisions) {
            if (revisions.isEmpty()) {
                return new SupportPlan(tenantId, 0, List.of(), null, null, List.of());
            }
            PlanRevision current = revisions.get(0);
            return new SupportPlan(tenantId, current.revision(), current.goals(), current.revisedBy().name(),
                    current.revisedAt(), revisions.stream().map(RevisionView::of).toList());
        }
    }

    /** One revision; {@code revisedBy} is the name of who wrote it. */
    public record RevisionView(String tenantId, int revision, List<Goal> goals, String revisedBy, Instant revisedAt) {
        static RevisionView of(PlanRevision revision) {
            return new RevisionView(revision.tenantId(), revision.revision(), revision.goals(),
                    revision.revisedBy().name(), revision.revisedAt());
        }
    }
}
