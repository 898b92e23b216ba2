package be.foyer.reporting.annual.web;

import java.time.Clock;
import java.time.Year;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.security.Caller;
import be.foyer.reporting.annual.AnnualReportService;
import be.foyer.reporting.annual.ReportYear;
import be.foyer.reporting.monthly.ReportAccess;
import be.foyer.reporting.monthly.ReportAccess.Resolved;
import be.foyer.reporting.monthly.Scope;
import be.foyer.reporting.programme.Programme;
import be.foyer.reporting.programme.Programmes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/reports/annual?year=YYYY[&organisation=|&programme=]}: JSON, or the funders' PDF with
 * {@code Accept: application/pdf} ({@code lang=fr|nl|en}). Who reads which year, and suppressed or not, is the
 * monthly report's rule ({@link ReportAccess#resolveScope}): a programme's readers read its year, facilitators
 * nothing else.
 */
@Tag(name = "Reports", description = "Monthly, annual, trend, retention and federation figures, and their targets.")
@RestController
@RequestMapping("/api/reports/annual")
@PreAuthorize("hasAnyRole('staff', 'coordinator', 'facilitator', 'federation-analyst')")
public class AnnualReportController {

    private final AnnualReportService reports;
    private final ReportAccess access;
    private final Programmes programmes;
    private final Clock clock;

    public AnnualReportController(AnnualReportService reports, ReportAccess access, Programmes programmes,
            Clock clock) {
        this.reports = reports;
        this.access = access;
        this.programmes = programmes;
        this.clock = clock;
    }

    @Operation(summary = "Read the annual report (JSON)")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public AnnualReportView annual(Caller caller, @RequestParam(required = false) String year,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) String programme) {
        return view(caller, year, organisation, programme);
    }

    @Operation(summary = "Read the annual report (PDF)")
    @GetMapping(produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> annualPdf(Caller caller, @RequestParam(required = false) String year,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) String programme,
            @RequestParam(required = false) String lang) {
        ReportLanguage language = ReportLanguage.parse(lang);
        AnnualReportView report = view(caller, year, organisation, programme);
        String file = "foyer-" + report.scope() + "-" + report.year() + "-" + language.name().toLowerCase() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment().filename(file).build().toString())
                .body(AnnualReportPdf.render(report, language));
    }

    private AnnualReportView view(Caller caller, String year, String organisation, String programme) {
        FieldChecks checks = new FieldChecks();
        Year reportYear = ReportYear.check(year, clock, checks);
        access.checkNames(organisation, programme, checks);
        checks.throwIfAny();
        Resolved resolved = access.resolveScope(caller, organisation, programme);
        Programme reported = resolved.scope().kind() == Scope.Kind.PROGRAMME
                ? programmes.byId(resolved.scope().id()).orElseThrow() : null;
        return AnnualReportView.of(reports.report(resolved.scope(), reportYear), reported, resolved.suppressed());
    }
}
