package be.foyer.web.reports;

import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
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

/**
 * {@code /reports}: for staff and coordinators their organisation's period (a month against its targets, or a
 * quarter, year or range of months without targets) and the 12 months up to its end as charts with their tables; a
 * coordinator whose organisation belongs to a programme sees the programme's figures first. For the analyst (no
 * organisation of their own) the programmes and the federation to choose from. The organisation's CSV is served
 * from here too.
 */
@Controller
class ReportsController {

    private final ApiClient api;
    private final ReportDownloads downloads;
    private final ReadableProgrammes programmes;
    private final PeriodForm periods;

    ReportsController(ApiClient api, ReportDownloads downloads, ReadableProgrammes programmes, PeriodForm periods) {
        this.api = api;
        this.downloads = downloads;
        this.programmes = programmes;
        this.periods = periods;
    }

    @GetMapping("/reports")
    String dashboard(@RequestParam(required = false) String period, @RequestParam(required = false) String month,
            @RequestParam(required = false) String quarter, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            CurrentUser user, Model model) {
        List<Programmes.Programme> readable = programmes.orNone();
        model.addAttribute("programmes", readable);
        model.addAttribute("seesFederation", ReportAccess.federation(user));
        if (!ReportAccess.ownOrganisation(user)) {
            return "reports/index";
        }
        Period chosen = Period.of(period, month, quarter, year, from, to);
        MonthlyReport report = periods.show(model, chosen, () -> monthly(chosen, null));
        model.addAttribute("report", report);
        model.addAttribute("isCurrentMonth", chosen.isMonth() && chosen.to().equals(Months.current()));
        model.addAttribute("trends", api.get("/api/reports/trends?to={month}", Trends.class, chosen.to().toString()));
        model.addAttribute("setsTargets", user.has("coordinator"));
        leadingProgramme(user, readable, chosen, report, model);
        return "reports/dashboard";
    }

    @GetMapping("/reports/monthly.csv")
    ResponseEntity<byte[]> monthCsv(@RequestParam(required = false) String period,
            @RequestParam(required = false) String month, @RequestParam(required = false) String quarter,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, CurrentUser user) {
        ReportAccess.requireOwnOrganisation(user, "/reports/monthly.csv");
        Period chosen = Period.of(period, month, quarter, year, from, to);
        return downloads.csv(chosen.query("/api/reports/monthly"),
                "foyer-" + user.organisation() + "-" + fileSuffix(chosen));
    }

    static String fileSuffix(Period period) {
        return period.isMonth() ? period.to().toString() : period.from() + "-" + period.to();
    }

    private MonthlyReport monthly(Period period, String programme) {
        var query = period.query("/api/reports/monthly").param("programme", programme);
        return api.get(query.template(), MonthlyReport.class, query.values());
    }

    /**
     * A coordinator's dashboard leads with the programme her organisation is a member of (its figures for the same
     * period, against its targets): it is what the organisation is funded on. A help, not the page: left out if the
     * programme cannot be read now.
     */
    private void leadingProgramme(CurrentUser user, List<Programmes.Programme> readable, Period period,
            MonthlyReport own, Model model) {
        if (!user.has("coordinator") || own == null) {
            return;
        }
        Programmes.Programme programme = readable.stream()
                .filter(candidate -> candidate.members().contains(user.organisation())).findFirst().orElse(null);
        if (programme == null) {
            return;
        }
        try {
            model.addAttribute("leadProgramme", programme);
            model.addAttribute("leadProgrammeName", programme.nameIn(LocaleContextHolder.getLocale()));
            model.addAttribute("programmeReport", monthly(period, programme.id()));
        } catch (ForbiddenException | NotFoundException | ServiceUnavailableException notNow) {
            model.addAttribute("leadProgramme", null);
        }
    }
}
