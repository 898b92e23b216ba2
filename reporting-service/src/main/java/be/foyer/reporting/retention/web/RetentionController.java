package be.foyer.reporting.retention.web;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.platform.security.Caller;
import be.foyer.platform.security.Roles;
import be.foyer.platform.security.Organisations;
import be.foyer.reporting.monthly.ReportAccess;
import be.foyer.reporting.monthly.ReportAccess.ReportScope;
import be.foyer.reporting.retention.RetentionService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/reports/retention}: staff and coordinators get their organisation's cohorts; the federation
 * analyst gets the six organisations together, or one named with {@code organisation=}, small counts hidden. Both
 * per tenancy and per person.
 */
@Tag(name = "Reports", description = "Monthly, annual, trend, retention and federation figures, and their targets.")
@RestController
@RequestMapping(path = "/api/reports/retention", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
@PreAuthorize("hasAnyRole('staff', 'coordinator', 'federation-analyst')")
public class RetentionController {

    static final String FEDERATION = "federation";

    private final RetentionService retention;
    private final ReportAccess access;

    public RetentionController(RetentionService retention, ReportAccess access) {
        this.retention = retention;
        this.access = access;
    }

    @Operation(summary = "Read how long tenants stay (JSON or CSV)")
    @GetMapping
    public RetentionView retention(Caller caller, @RequestParam(required = false) String organisation) {
        boolean analystOnly = caller.hasRole(Roles.FEDERATION_ANALYST)
                && !caller.hasAnyRole(Roles.STAFF, Roles.COORDINATOR);
        if (analystOnly && (organisation == null || organisation.isBlank())) {
            return RetentionView.of(FEDERATION, retention.of(Organisations.ALL), retention.ofPeople(Organisations.ALL),
                    true);
        }
        ReportScope scope = access.resolve(caller, organisation);
        List<String> organisations = List.of(scope.organisation());
        return RetentionView.of(scope.organisation(), retention.of(organisations), retention.ofPeople(organisations),
                scope.crossOrganisation());
    }
}
