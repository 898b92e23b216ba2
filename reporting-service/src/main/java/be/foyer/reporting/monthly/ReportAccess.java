package be.foyer.reporting.monthly;

import org.springframework.stereotype.Component;

import be.foyer.platform.domain.InvalidInputException;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.NotPermittedException;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.domain.NoSuchRecordException;
import be.foyer.platform.security.Caller;
import be.foyer.platform.security.Roles;
import be.foyer.platform.security.Organisations;
import be.foyer.reporting.programme.ProgrammeAccess;
import be.foyer.reporting.programme.Programmes;

/**
 * Whose report a caller may read, and how. An organisation that is not one of the six members is bad input (400:
 * the list is public). Staff and coordinators read their own organisation's; naming another member answers 404. The federation
 * analyst names any member organisation and sees its counts suppressed (contract: cross-organisation figures).
 * Roles without reports are refused before this runs.
 */
@Component
public class ReportAccess {

    public static final String ORGANISATION_PARAMETER = "organisation";

    private final ProgrammeAccess programmes;
    private final Programmes declared;

    public ReportAccess(ProgrammeAccess programmes, Programmes declared) {
        this.programmes = programmes;
        this.declared = declared;
    }

    /**
     * Names wrong whatever the caller (an organisation that is not a member, a programme that does not exist, both
     * at once) into {@code checks}, so that they come in one 400 with the other parameters' errors.
     */
    public void checkNames(String organisation, String programme, FieldChecks checks) {
        if (present(organisation) && !Organisations.isKnown(organisation.strip())) {
            checks.reject(ORGANISATION_PARAMETER, FieldErrorCode.NOT_ALLOWED,
                    "is not a member organisation; use one of " + String.join(", ", Organisations.ALL));
        }
        if (present(programme) && declared.byId(programme.strip()).isEmpty()) {
            checks.reject(ProgrammeAccess.PROGRAMME_PARAMETER, FieldErrorCode.NOT_ALLOWED, "is not a programme");
        }
        if (present(organisation) && present(programme)) {
            checks.reject(ProgrammeAccess.PROGRAMME_PARAMETER, FieldErrorCode.CONFLICTING,
                    "give either organisation or programme, not both");
        }
    }

    /**
     * The scope of a report: the programme named (its readers only; always suppressed, as a cross-organisation
     * figure), or an organisation as {@link #resolve} decides. Facilitators read programmes only (403 otherwise).
     */
    public Resolved resolveScope(Caller caller, String organisation, String programme) {
        if (present(programme)) {
            return new Resolved(Scope.programme(programmes.readable(caller, programme)), true);
        }
        if (!caller.hasAnyRole(Roles.STAFF, Roles.COORDINATOR, Roles.FEDERATION_ANALYST)) {
            throw new NotPermittedException("Facilitators read the reports of their organisation's programmes only.");
        }
        ReportScope scope = resolve(caller, organisation);
        return new Resolved(Scope.organisation(scope.organisation()), scope.crossOrganisation());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** @param suppressed whether counts of people from 1 to 4 are hidden */
    public record Resolved(Scope scope, boolean suppressed) {
    }

    /** @param requested the {@code organisation=} parameter, or {@code null} */
    public ReportScope resolve(Caller caller, String requested) {
        String wanted = requested == null || requested.isBlank() ? null : requested.strip();
        if (wanted != null && !Organisations.isKnown(wanted)) {
            throw InvalidInputException.onField(ORGANISATION_PARAMETER, FieldErrorCode.NOT_ALLOWED,
                    "is not a member organisation; use one of " + String.join(", ", Organisations.ALL));
        }
        if (caller.hasAnyRole(Roles.STAFF, Roles.COORDINATOR) && caller.organisation() != null) {
            String own = caller.organisation();
            if (wanted == null || wanted.equals(own)) {
                return new ReportScope(own, false);
            }
            if (!caller.hasRole(Roles.FEDERATION_ANALYST)) {
                throw new NoSuchRecordException(ORGANISATION_PARAMETER, wanted);
            }
        }
        if (caller.hasRole(Roles.FEDERATION_ANALYST)) {
            if (wanted == null) {
                throw InvalidInputException.onField(ORGANISATION_PARAMETER, FieldErrorCode.REQUIRED,
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
