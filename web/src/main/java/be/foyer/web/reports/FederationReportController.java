package be.foyer.web.reports;

import java.time.YearMonth;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import be.foyer.web.api.ApiClient;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.ApiQuery;

/** {@code /reports/federation}: the members side by side and in total, small counts hidden (coordinators, analyst). */
@Controller
class FederationReportController {

    private final ApiClient api;
    private final ReportDownloads downloads;

    FederationReportController(ApiClient api, ReportDownloads downloads) {
        this.api = api;
        this.downloads = downloads;
    }

    @GetMapping("/reports/federation")
    String federation(@RequestParam(required = false) String month, CurrentUser user, Model model) {
        ReportAccess.requireFederation(user, "/reports/federation");
        YearMonth chosen = Months.chosen(month);
        model.addAttribute("month", chosen.toString());
        model.addAttribute("monthName", Months.name(chosen));
        model.addAttribute("monthOptions", Months.pickerOptions());
        model.addAttribute("report", api.get("/api/reports/federation?month={month}", FederationReport.class,
                chosen.toString()));
        return "reports/federation";
    }

    @GetMapping("/reports/federation.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String month, CurrentUser user) {
        ReportAccess.requireFederation(user, "/reports/federation.csv");
        YearMonth chosen = Months.chosen(month);
        return downloads.csv(ApiQuery.of("/api/reports/federation").param("month", chosen),
                "foyer-federation-" + chosen);
    }
}
