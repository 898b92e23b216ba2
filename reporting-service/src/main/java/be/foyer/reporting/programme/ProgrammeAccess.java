package be.foyer.reporting.programme;

import org.springframework.stereotype.Component;

import be.foyer.platform.domain.InvalidInputException;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.domain.NotPermittedException;
import be.foyer.platform.domain.NoSuchRecordException;
import be.foyer.platform.security.Caller;
import be.foyer.platform.security.Roles;

/**
 * Who reads a programme's report and who sets its targets. Readers: coordinators and facilitators of a member
 * organisation (the programme's facilitators) and the federation analyst; anyone else gets 404, as for a programme
 * they cannot know of. A name that is no programme at all is bad input (400 naming {@code programme}). Targets are
 * set by the coordinators of the lead organisation; another reader gets 403.
 */
@Component
public class ProgrammeAccess {

    public static final String PROGRAMME_PARAMETER = "programme";

    private final Programmes programmes;

    public ProgrammeAccess(Programmes programmes) {
        this.programmes = programmes;
    }

    public boolean mayRead(Caller caller, Programme programme) {
        return caller.hasRole(Roles.FEDERATION_ANALYST)
                || caller.hasAnyRole(Roles.COORDINATOR, Roles.FACILITATOR) && programme.hasMember(caller.organisation());
    }

    /** The programme named, if the caller may read its report. */
    public Programme readable(Caller caller, String id) {
        Programme programme = programmes.byId(id == null ? null : id.strip()).orElseThrow(() ->
                InvalidInputException.onField(PROGRAMME_PARAMETER, FieldErrorCode.NOT_ALLOWED, "is not a programme; "
                        + "the programmes are " + String.join(", ", programmes.all().stream().map(Programme::id).toList())));
        if (!mayRead(caller, programme)) {
            throw new NoSuchRecordException(PROGRAMME_PARAMETER, programme.id());
        }
        return programme;
    }

    /** The programme named, if the caller may change its targets. */
    public Programme changeable(Caller caller, String id) {
        Programme programme = readable(caller, id);
        if (!(caller.hasRole(Roles.COORDINATOR) && programme.lead().equals(caller.organisation()))) {
            throw new NotPermittedException("Only the coordinators of " + programme.lead() + ", the programme's lead, set its targets.");
        }
        return programme;
    }
}
