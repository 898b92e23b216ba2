package be.foyer.tenants.plan;

/** Where a goal of the support plan stands. */
public enum GoalStatus {
    PLANNED, IN_PROGRESS, ACHIEVED, ABANDONED
}
