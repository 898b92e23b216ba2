package be.foyer.web.reports;

import be.foyer.web.api.ForbiddenException;
import be.foyer.web.security.CurrentUser;

/**
 * Who reads which report page, checked before any API call (the API decides anyway): an organisation's own
 * dashboard and files are for its staff and coordinators (the analyst has no organisation), its targets for its
 * coordinators, the federation's table for coordinators and the analyst.
 */
final class ReportAccess {

    private ReportAccess() {
    }

    static boolean ownOrganisation(CurrentUser user) {
        return user.organisation() != null && (user.has("coordinator") || user.has("staff"));
    }

    static void requireOwnOrganisation(CurrentUser user, String page) {
        if (!ownOrganisation(user)) {
            throw new ForbiddenException(page);
        }
    }

    static void requireCoordinator(CurrentUser user, String page) {
        if (user.organisation() == null || !user.has("coordinator")) {
            throw new ForbiddenException(page);
        }
    }

    /** Staff and coordinators of a member, and the analyst: the readers of an organisation's report. */
    static void requireReader(CurrentUser user, String page) {
        if (!ownOrganisation(user) && !user.has("federation-analyst")) {
            throw new ForbiddenException(page);
        }
    }

    static boolean federation(CurrentUser user) {
        return user.has("coordinator") || user.has("federation-analyst");
    }

    static void requireFederation(CurrentUser user, String page) {
        if (!federation(user)) {
            throw new ForbiddenException(page);
        }
    }
}
