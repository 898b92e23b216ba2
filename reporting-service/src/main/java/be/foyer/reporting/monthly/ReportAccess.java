package be.foyer.reporting.monthly;

import org.springframework.stereotype.Component;

import be.foyer.platform.problem.BadRequestException;
import be.foyer.platform.problem.FieldErrorCode;
import be.foyer.platform.problem.NotFoundException;
import be.foyer.platform.security.Caller;
import be.foyer.platform.security.Roles;
import be.foyer.platform.security.Organisations;

/**
 * Whose report a caller may read, and how. An organisation that is not one of the six members is bad input (400:
 * the list is public). Staff and coordinators read their own organisation's; naming another member answers 404. The federation
 * analyst names any member organisation and sees its counts suppressed (contract: cross-organisation figures).
 * Roles without reports are refused before this runs.
 */
@Component
public class ReportAccess {

    public static final String ORGANISATION_PARAMETER = "organisation";

    /** @param requested the {@code organisation=} parameter, or {@code null} */
    public ReportScope resolve(Caller caller, String requested) {
        String wanted = requested == null || requested.isBlank() ? null : requested.strip();
        if (wanted != null && !Organisations.isKnown(wanted)) {
            throw BadRequestException.onField(ORGANISATION_PARAMETER, FieldErrorCode.NOT_ALLOWED,
                    "is not a member organisation; use one of " + String.join(", ", Organisations.ALL));
        }
        if (caller.hasAnyRole(Roles.STAFF, Roles.COORDINATOR) && caller.organisation() != null) {
            String own = caller.organisation();
            if (wanted == null || wanted.equals(own)) {
                return new ReportScope(own, false);
            }
            if (!caller.hasRole(Roles.FEDERATION_ANALYST)) {
                throw new NotFoundException(ORGANISATION_PARAMETER, wanted);
            }
        }
        if (caller.hasRole(Roles.FEDERATION_ANALYST)) {
            if (wanted == null) {
                throw BadRequestException.onField(ORGANISATION_PARAMETER, FieldErrorCode.REQUIRED,
                        "is required: name the member organisation whose report you want");
            }
            return new ReportScope(wanted, true);
        }
        // staff or coordinator in no organisation: 403
        return new ReportScope(caller.requireOrganisation(), false);
    }

    /**
     * @param crossOrganisation whether the reader is outside the organisation, so small counts are suppressed
     */
    public record ReportScope(String organisation, boolean crossOrganisation) {
    }
}
