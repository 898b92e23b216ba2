package be.foyer.web.tenants.file;

import java.time.LocalDate;
import java.util.List;

/**
 * What the file's header shows beside the tenant's own record, for staff and coordinators only (null for volunteers):
 * the purposes the person consented to, and where they live now (housing-service).
 *
 * @param grantedConsents the purposes granted (ConsentPurpose values), in the API's order
 * @param home            the running tenancy, none, or "housing unavailable"
 */
public record FileGlance(List<String> grantedConsents, Home home) {

    /**
     * @param dwellingLabel the dwelling's label, null when the person has no running tenancy
     * @param unavailable   housing-service could not say (down, slow, refused): the header says so and goes on
     */
    public record Home(String dwellingLabel, LocalDate moveInDate, boolean unavailable) {

        static final Home UNAVAILABLE = new Home(null, null, true);
        static final Home NONE = new Home(null, null, false);

        public boolean isHoused() {
            return dwellingLabel != null;
        }
    }
}
