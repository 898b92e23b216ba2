package be.foyer.tenants.plan;

import java.time.LocalDate;
import java.util.List;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.tenants.tenant.LifeDomain;

/**
 * One goal negotiated with the person, in one life domain. {@code description} is protected text: plain once
 * opened by the service, sealed as the store keeps it.
 */
public record Goal(LifeDomain domain, String description, GoalStatus status, LocalDate startDate,
        LocalDate targetDate) {

    /** No goal aims before it starts; fields named as in the body ({@code goals[2].targetDate}). */
    public static void check(List<Goal> goals, FieldChecks checks) {
        for (int i = 0; i < goals.size(); i++) {
            Goal goal = goals.get(i);
            checks.require(goal.startDate() == null || goal.targetDate() == null
                    || !goal.targetDate().isBefore(goal.startDate()), "goals[" + i + "].targetDate",
                    FieldErrorCode.BEFORE_START, "cannot be before the goal's startDate (" + goal.startDate() + ")");
        }
    }
}
