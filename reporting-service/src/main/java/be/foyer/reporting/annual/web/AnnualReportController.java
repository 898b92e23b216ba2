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

import be.foyer.platform.problem.BadRequestException;
import be.foyer.platform.problem.FieldErrorCode;
import be.foyer.platform.security.Caller;
import be.foyer.reporting.annual.AnnualReportService;
import be.foyer.reporting.annual.ReportYear;
import be.foyer.reporting.monthly.ReportAccess;
import be.foyer.reporting.monthly.ReportAccess.ReportScope;

/**
 * {@code GET /api/reports/annual?year=YYYY[&organisation=]}: JSON, or the funders' PDF with
 * {@code Accept: application/pdf} ({@code lang=fr|nl|en}). Who reads which organisation's year is the monthly
 * report's rule ({@link ReportAccess}).
 */
@RestController
@RequestMapping("/api/reports/annual")
@PreAuthorize("hasAnyRole('staff', 'coordinator', 'federation-analyst')")
public class AnnualReportController {

    static final String PROGRAMME_PARAMETER = "programme";

    private final AnnualReportService reports;
    private final ReportAccess access;
    private final Clock clock;

    public AnnualReportController(AnnualReportService reports, ReportAccess access, Clock clock) {
        this.reports = reports;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public AnnualReportView annual(Caller caller, @RequestParam(required = false) String year,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) String programme) {
        return view(caller, year, organisation, programme);
    }

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
        Year reportYear = ReportYear.parse(year, clock);
        if (programme != null && !programme.isBlank()) {
            // Hook for programmes (issue 12, R1): resolve the programme's scope and report its members together.
            // Until programmes exist no name is a programme, which the agreed API answers with 400.
            throw BadRequestException.onField(PROGRAMME_PARAMETER, FieldErrorCode.UNKNOWN, "is not a programme");
        }
        ReportScope scope = access.resolve(caller, organisation);
        return AnnualReportView.of(reports.report(scope.organisation(), reportYear), scope.crossOrganisation());
    }
}
