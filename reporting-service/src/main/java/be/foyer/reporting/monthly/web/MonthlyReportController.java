package be.foyer.reporting.monthly.web;

import java.time.Clock;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.security.Caller;
import be.foyer.reporting.ReportPeriod;
import be.foyer.reporting.monthly.MonthlyReport;
import be.foyer.reporting.monthly.MonthlyReportService;
import be.foyer.reporting.monthly.ReportAccess;
import be.foyer.reporting.monthly.ReportAccess.Resolved;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/reports/monthly}: a month or a range, of an organisation or a programme; JSON, or CSV. */
@Tag(name = "Reports", description = "Monthly, annual, trend, retention and federation figures, and their targets.")
@RestController
@RequestMapping(path = "/api/reports/monthly", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
@PreAuthorize("hasAnyRole('staff', 'coordinator', 'facilitator', 'federation-analyst')")
public class MonthlyReportController {

    private final MonthlyReportService reports;
    private final ReportAccess access;
    private final Clock clock;

    public MonthlyReportController(MonthlyReportService reports, ReportAccess access, Clock clock) {
        this.reports = reports;
        this.access = access;
        this.clock = clock;
    }

    /**
     * @param month        {@code YYYY-MM}, not after the current Brussels month; or {@code from} and {@code to}
     * @param organisation for the federation analyst, required unless {@code programme}; for staff and coordinators,
     *                     their own or absent
     * @param programme    a programme's report, for its readers
     */
    @Operation(summary = "Read a monthly report (JSON or CSV)")
    @GetMapping
    public MonthlyReportView monthly(Caller caller, @RequestParam(required = false) String month,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) String programme) {
        FieldChecks checks = new FieldChecks();
        ReportPeriod period = ReportPeriod.read(month, from, to, clock, checks);
        access.checkNames(organisation, programme, checks);
        checks.throwIfAny();
        Resolved resolved = access.resolveScope(caller, organisation, programme);
        MonthlyReport report = period.isOneMonth() ? reports.report(resolved.scope(), period.from())
                : reports.range(resolved.scope(), period.from(), period.to());
        return MonthlyReportView.of(report, resolved.suppressed());
    }
}
