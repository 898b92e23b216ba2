package be.foyer.web.reports;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import be.foyer.web.api.ApiClient;
import be.foyer.web.security.CurrentUser;

/**
 * {@code /reports/programmes/{id}}: a programme's period (people counted once across its members, and how many
 * without a federation key; a month against the programme's targets, or a quarter, year or range without), the 12
 * months up to its end, its CSV, its targets and annual report. The API says who may read it (members'
 * coordinators and facilitators, the analyst); a programme the user may not read is not found.
 */
@Controller
class ProgrammeReportController {

    private final ApiClient api;
    private final ReportDownloads downloads;
    private final ReadableProgrammes programmes;
    private final PeriodForm periods;

    ProgrammeReportController(ApiClient api, ReportDownloads downloads, ReadableProgrammes programmes,
            PeriodForm periods) {
        this.api = api;
        this.downloads = downloads;
        this.programmes = programmes;
        this.periods = periods;
    }

    @GetMapping("/reports/programmes/{id}")
    String programme(@PathVariable String id, @RequestParam(required = false) String period,
            @RequestParam(required = false) String month, @RequestParam(required = false) String quarter,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, CurrentUser user, Model model) {
        Programmes.Programme programme = programmes.find(id, "/reports/programmes/" + id);
        Period chosen = Period.of(period, month, quarter, year, from, to);
        model.addAttribute("programme", programme);
        model.addAttribute("programmeName", programme.nameIn(LocaleContextHolder.getLocale()));
        model.addAttribute("setsTargets", user.has("coordinator") && programme.lead() != null
                && programme.lead().equals(user.organisation()));
        model.addAttribute("report", periods.show(model, chosen, () -> {
            var query = chosen.query("/api/reports/monthly").param("programme", id);
            return api.get(query.template(), MonthlyReport.class, query.values());
        }));
        model.addAttribute("trends", api.get("/api/reports/trends?programme={id}&to={month}", Trends.class,
                id, chosen.to().toString()));
        return "reports/programme";
    }

    @GetMapping("/reports/programmes/{id}/monthly.csv")
    ResponseEntity<byte[]> monthCsv(@PathVariable String id, @RequestParam(required = false) String period,
            @RequestParam(required = false) String month, @RequestParam(required = false) String quarter,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Period chosen = Period.of(period, month, quarter, year, from, to);
        return downloads.csv(chosen.query("/api/reports/monthly").param("programme", id),
                "foyer-" + id + "-" + ReportsController.fileSuffix(chosen));
    }
}
