package be.foyer.web.reports;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import be.foyer.web.api.ApiClient;
import be.foyer.web.security.CurrentUser;

/**
 * {@code /reports/federation}: the members side by side and in total, small counts hidden (coordinators, analyst),
 * for the period of the dashboard's picker: a month against the federation's targets, or a quarter, year or range
 * of months (people counted once over the range, no target).
 */
@Controller
class FederationReportController {

    private final ApiClient api;
    private final ReportDownloads downloads;
    private final PeriodForm periods;

    FederationReportController(ApiClient api, ReportDownloads downloads, PeriodForm periods) {
        this.api = api;
        this.downloads = downloads;
        this.periods = periods;
    }

    @GetMapping("/reports/federation")
    String federation(@RequestParam(required = false) String period, @RequestParam(required = false) String month,
            @RequestParam(required = false) String quarter, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            CurrentUser user, Model model) {
        ReportAccess.requireFederation(user, "/reports/federation");
        Period chosen = Period.of(period, month, quarter, year, from, to);
        model.addAttribute("report", periods.show(model, chosen, () -> {
            var query = chosen.query("/api/reports/federation");
            return api.get(query.template(), FederationReport.class, query.values());
        }));
        return "reports/federation";
    }

    @GetMapping("/reports/federation.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String period,
            @RequestParam(required = false) String month, @RequestParam(required = false) String quarter,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, CurrentUser user) {
        ReportAccess.requireFederation(user, "/reports/federation.csv");
        Period chosen = Period.of(period, month, quarter, year, from, to);
        return downloads.csv(chosen.query("/api/reports/federation"),
                "foyer-federation-" + ReportsController.fileSuffix(chosen));
    }
}
