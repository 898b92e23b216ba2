package be.foyer.web.calendar.activity;

import be.foyer.web.security.CurrentUser;

/**
 * Who may do what on an activity's pages, to hide what a role cannot do (the API decides anyway): facilitators and
 * the organiser's staff and coordinators plan and take attendance; staff, coordinators and volunteers (for their
 * assigned tenants) register; the federation analyst only reads the calendar.
 */
final class ActivityRights {

    private ActivityRights() {
    }

    static boolean mayPlan(CurrentUser user, String organiser) {
        return user.has("facilitator") || user.isCaseWorker() && organiser != null && organiser.equals(user.organisation());
    }

    static boolean mayRegister(CurrentUser user) {
        return user.isCaseWorker() || user.has("volunteer");
    }

    static boolean seesParticipants(CurrentUser user) {
        return mayRegister(user) || user.has("facilitator");
    }

    /** The tenant's own workers (and volunteers) withdraw their rows; those who plan withdraw anyone. */
    static boolean mayCancel(CurrentUser user, Participants.Row row, String organiser) {
        return row.isActive() && (mayPlan(user, organiser) || mayRegister(user) && row.tenantId() != null);
    }
}
