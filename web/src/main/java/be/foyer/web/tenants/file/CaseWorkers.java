package be.foyer.web.tenants.file;

import be.foyer.web.api.ForbiddenException;
import be.foyer.web.security.CurrentUser;

/**
 * Staff and coordinators: those who change a file, and who alone open its consents, relays, export and erasure.
 * Volunteers reach /tenants/** (SecurityConfig) for their follow-ups, so these pages refuse them themselves, before
 * asking the API anything (which would refuse them too).
 */
public final class CaseWorkers {

    private CaseWorkers() {
    }

    /** The not-allowed page (403) for anyone else. */
    public static void require(CurrentUser user, String page) {
        if (!user.isCaseWorker()) {
            throw new ForbiddenException(page);
        }
    }
}
