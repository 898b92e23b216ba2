package be.foyer.web.reports;

import java.time.YearMonth;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ForbiddenException;
import be.foyer.web.api.NotFoundException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.ApiQuery;

/**
 * {@code /reports}: for staff and coordinators their organisation's month against its targets and the last 12
 * months as charts with their tables; for the analyst (no organisation of their own) the programmes and the
 * federation to choose from. The organisation's CSV of a month and annual PDF are served from here too.
 */
@Controller
class ReportsController {

    private final ApiClient api;
    private final ReportDownloads downloads;

    ReportsController(ApiClient api, ReportDownloads downloads) {
        this.api = api;
        this.downloads = downloads;
    }

    @GetMapping("/reports")
    String dashboard(@RequestParam(required = false) String month, CurrentUser user, Model model) {
        model.addAttribute("programmes", readableProgrammes());
        model.addAttribute("seesFederation", ReportAccess.federation(user));
        if (!ReportAccess.ownOrganisation(user)) {
            return "reports/index";
        }
        YearMonth chosen = Months.chosen(month);
        model.addAttribute("month", chosen.toString());
        model.addAttribute("monthName", Months.name(chosen));
        model.addAttribute("monthOptions", Months.pickerOptions());
        model.addAttribute("isCurrentMonth", chosen.equals(Months.current()));
        model.addAttribute("year", chosen.getYear());
        model.addAttribute("report", api.get("/api/reports/monthly?month={month}", MonthlyReport.class, chosen.toString()));
        model.addAttribute("trends", api.get("/api/reports/trends?to={month}", Trends.class, chosen.toString()));
        model.addAttribute("setsTargets", user.has("coordinator"));
        return "reports/dashboard";
    }

    @GetMapping("/reports/monthly.csv")
    ResponseEntity<byte[]> monthCsv(@RequestParam(required = false) String month, CurrentUser user) {
        ReportAccess.requireOwnOrganisation(user, "/reports/monthly.csv");
        YearMonth chosen = Months.chosen(month);
        return downloads.csv(ApiQuery.of("/api/reports/monthly").param("month", chosen),
                "foyer-" + user.organisation() + "-" + chosen);
    }

    @GetMapping("/reports/annual.pdf")
    ResponseEntity<byte[]> annualPdf(@RequestParam(required = false) Integer year, CurrentUser user) {
        ReportAccess.requireOwnOrganisation(user, "/reports/annual.pdf");
        int chosen = Years.chosen(year);
        return downloads.pdf(ApiQuery.of("/api/reports/annual").param("year", chosen),
                "foyer-" + user.organisation() + "-" + chosen);
    }

    /** The programmes' links are a help, not the page: the dashboard shows without them if the list fails. */
    private List<Programmes.Programme> readableProgrammes() {
        try {
            Programmes programmes = api.get("/api/reports/programmes", Programmes.class);
            return programmes == null ? List.of() : programmes.items();
        } catch (ForbiddenException | NotFoundException | ServiceUnavailableException notNow) {
            return List.of();
        }
    }
}
