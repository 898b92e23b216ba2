package be.foyer.reporting.monthly.web;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.platform.security.Caller;
import be.foyer.reporting.ReportMonth;
import be.foyer.reporting.monthly.MonthlyReportService;
import be.foyer.reporting.monthly.ReportAccess;
import be.foyer.reporting.monthly.ReportAccess.ReportScope;

/** {@code GET /api/reports/monthly}: JSON, or CSV with {@code Accept: text/csv}. */
@RestController
@RequestMapping(path = "/api/reports/monthly", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
@PreAuthorize("hasAnyRole('staff', 'coordinator', 'federation-analyst')")
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
     * @param month        {@code YYYY-MM}, required, not after the current Brussels month
     * @param organisation for the federation analyst, required; for staff and coordinators, their own or absent
     */
    @GetMapping
    public MonthlyReportView monthly(Caller caller, @RequestParam(required = false) String month,
            @RequestParam(required = false) String organisation) {
        YearMonth reportMonth = ReportMonth.parse(month, clock);
        ReportScope scope = access.resolve(caller, organisation);
        return MonthlyReportView.of(reports.report(scope.organisation(), reportMonth), scope.crossOrganisation());
    }
}
