package be.foyer.web.reports;

import java.time.YearMonth;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.NotFoundException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.ApiQuery;

/**
 * {@code /reports/programmes/{id}}: a programme's month (people counted once across its members, and how many
 * without a federation key), its last 12 months, its CSV and annual PDF. The API says who may read it (members'
 * coordinators and facilitators, the analyst); a programme the user may not read is not found.
 */
@Controller
class ProgrammeReportController {

    private final ApiClient api;
    private final ReportDownloads downloads;

    ProgrammeReportController(ApiClient api, ReportDownloads downloads) {
        this.api = api;
        this.downloads = downloads;
    }

    @GetMapping("/reports/programmes/{id}")
    String programme(@PathVariable String id, @RequestParam(required = false) String month, CurrentUser user,
            Model model) {
        Programmes.Programme programme = readable(id);
        YearMonth chosen = Months.chosen(month);
        model.addAttribute("programme", programme);
        model.addAttribute("programmeName", programme.nameIn(LocaleContextHolder.getLocale()));
        model.addAttribute("month", chosen.toString());
        model.addAttribute("monthName", Months.name(chosen));
        model.addAttribute("monthOptions", Months.pickerOptions());
        model.addAttribute("year", chosen.getYear());
        model.addAttribute("report", api.get("/api/reports/monthly?month={month}&programme={id}", MonthlyReport.class,
                chosen.toString(), id));
        model.addAttribute("trends", api.get("/api/reports/trends?programme={id}&to={month}", Trends.class,
                id, chosen.toString()));
        return "reports/programme";
    }

    @GetMapping("/reports/programmes/{id}/monthly.csv")
    ResponseEntity<byte[]> monthCsv(@PathVariable String id, @RequestParam(required = false) String month) {
        YearMonth chosen = Months.chosen(month);
        return downloads.csv(ApiQuery.of("/api/reports/monthly").param("month", chosen).param("programme", id),
                "foyer-" + id + "-" + chosen);
    }

    @GetMapping("/reports/programmes/{id}/annual.pdf")
    ResponseEntity<byte[]> annualPdf(@PathVariable String id, @RequestParam(required = false) Integer year) {
        int chosen = Years.chosen(year);
        return downloads.pdf(ApiQuery.of("/api/reports/annual").param("year", chosen).param("programme", id),
                "foyer-" + id + "-" + chosen);
    }

    /** The programme among those the user may read, else the not-found page (as the API's 404). */
    private Programmes.Programme readable(String id) {
        Programmes.Programme programme = api.get("/api/reports/programmes", Programmes.class).find(id);
        if (programme == null) {
            throw new NotFoundException("/reports/programmes/" + id);
        }
        return programme;
    }
}
