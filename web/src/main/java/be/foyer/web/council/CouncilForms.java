package be.foyer.web.council;

import static be.foyer.web.support.FormValues.blankToNull;

import be.foyer.web.api.ForbiddenException;
import be.foyer.web.security.CurrentUser;

/** Small rules the council's forms share. */
final class CouncilForms {

    private CouncilForms() {
    }

    /** A count typed in a number field: blank is null (the API says it is required), anything else not a count null. */
    static Integer count(String typed) {
        String value = blankToNull(typed);
        if (value == null || !value.matches("\\d{1,6}")) {
            return null;
        }
        return Integer.valueOf(value);
    }

    /** The not-allowed page, before any API call, for a role that may not use this form (the API refuses it too). */
    static void requireFacilitator(CurrentUser user, String page) {
        if (!user.has("facilitator")) {
            throw new ForbiddenException(page);
        }
    }

    /** Agenda items: facilitators, staff and coordinators. */
    static void requireProposer(CurrentUser user, String page) {
        if (!user.has("facilitator") && !user.isCaseWorker()) {
            throw new ForbiddenException(page);
        }
    }
}
