package be.foyer.reporting.federation.web;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.reporting.ReportPeriod;
import java.time.Clock;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.reporting.federation.FederationReportService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/reports/federation?month=YYYY-MM}: the federation analyst's report, also open to coordinators,
 * who see it as the analyst does (small counts hidden). JSON, or CSV with {@code Accept: text/csv}.
 */
@Tag(name = "Reports", description = "Monthly, annual, trend, retention and federation figures, and their targets.")
@RestController
@RequestMapping(path = "/api/reports/federation", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
@PreAuthorize("hasAnyRole('federation-analyst', 'coordinator')")
public class FederationReportController {

    private final FederationReportService reports;
    private final Clock clock;

    public FederationReportController(FederationReportService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Operation(summary = "Read the federation's monthly figures (JSON or CSV)")
    @GetMapping
    public FederationReportView federation(@RequestParam(required = false) String month,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        FieldChecks checks = new FieldChecks();
        ReportPeriod period = ReportPeriod.read(month, from, to, clock, checks);
        checks.throwIfAny();
        return FederationReportView.of(reports.report(period));
    }
}
