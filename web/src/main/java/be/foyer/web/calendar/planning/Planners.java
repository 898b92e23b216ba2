package be.foyer.web.calendar.planning;

import be.foyer.web.api.ForbiddenException;
import be.foyer.web.security.CurrentUser;

/**
 * Who may open the planning pages: activities are planned by facilitators and by staff and coordinators (the API
 * decides which activity each may change); council meetings by facilitators only. Volunteers and the federation
 * analyst get the not-allowed page before any API call.
 */
final class Planners {

    private Planners() {
    }

    static void requireActivityPlanner(CurrentUser user, String path) {
        if (!user.has("facilitator") && !user.isCaseWorker()) {
            throw new ForbiddenException(path);
        }
    }

    static void requireFacilitator(CurrentUser user, String path) {
        if (!user.has("facilitator")) {
            throw new ForbiddenException(path);
        }
    }
}
