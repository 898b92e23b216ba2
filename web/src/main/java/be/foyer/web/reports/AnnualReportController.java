package be.foyer.web.reports;

import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ForbiddenException;
import be.foyer.web.api.NotFoundException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.ApiQuery;
import be.foyer.web.support.Organisations;

/**
 * {@code /reports/annual?year=[&programme=|&organisation=]}: the funders' annual report as a page, the same as the
 * PDF ({@code /reports/annual.pdf}, same parameters): indicators against targets month by month (a chart and its
 * table each), the year's figures, retention per tenancy and per person, the activities held with their titles and
 * the council decisions with their texts. Who reads it is the annual API's rule: staff and coordinators their own
 * organisation, a programme's readers the programme (else not found), the analyst any of them (an organisation
 * named). Another organisation's report: the API's 404, the not-found page.
 */
@Controller
class AnnualReportController {

    private final ApiClient api;
    private final ReportDownloads downloads;
    private final ReadableProgrammes programmes;
    private final AnnualDetails details;
    private final Organisations organisations;

    AnnualReportController(ApiClient api, ReportDownloads downloads, ReadableProgrammes programmes,
            AnnualDetails details, Organisations organisations) {
        this.api = api;
        this.downloads = downloads;
        this.programmes = programmes;
        this.details = details;
        this.organisations = organisations;
    }

    @GetMapping("/reports/annual")
    String annual(@RequestParam(required = false) Integer year, @RequestParam(required = false) String programme,
            @RequestParam(required = false) String organisation, CurrentUser user, Model model) {
        int chosen = Years.chosen(year);
        ApiQuery query = scope(programme, organisation, user, chosen, model);
        AnnualReport report = api.get(query.template(), AnnualReport.class, query.values());
        List<String> members = report.organisations().isEmpty() ? List.of(report.scope()) : report.organisations();
        model.addAttribute("year", chosen);
        model.addAttribute("yearOptions", Years.options());
        model.addAttribute("report", report);
        model.addAttribute("trends", report.asTrends());
        model.addAttribute("details", details.of(members, chosen));
        model.addAttribute("programmeId", programme);
        model.addAttribute("organisationParam", programme == null ? organisation : null);
        UriComponentsBuilder pdf = UriComponentsBuilder.fromPath("/reports/annual.pdf").queryParam("year", chosen);
        if (programme != null) {
            pdf.queryParam("programme", programme);
        } else if (organisation != null) {
            pdf.queryParam("organisation", organisation);
        }
        model.addAttribute("pdfLink", pdf.toUriString());
        return "reports/annual";
    }

    /** The same report as the funders' PDF, in the user's language. */
    @GetMapping("/reports/annual.pdf")
    ResponseEntity<byte[]> annualPdf(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) String programme, @RequestParam(required = false) String organisation,
            CurrentUser user, Model model) {
        int chosen = Years.chosen(year);
        ApiQuery query = scope(programme, organisation, user, chosen, model);
        String who = programme != null ? programme : organisation != null ? organisation : user.organisation();
        return downloads.pdf(query, "foyer-" + who + "-" + chosen);
    }

    /**
     * The API query for the scope asked, checked before calling: a programme the user may not read is not found; an
     * organisation other than a member is not found; without either, the user's own organisation (staff and
     * coordinators; the analyst has none and must name one or a programme).
     */
    private ApiQuery scope(String programme, String organisation, CurrentUser user, int year, Model model) {
        ApiQuery query = ApiQuery.of("/api/reports/annual").param("year", year);
        if (programme != null) {
            Programmes.Programme readable = programmes.find(programme, "/reports/annual?programme=" + programme);
            model.addAttribute("scopeName", readable.nameIn(LocaleContextHolder.getLocale()));
            model.addAttribute("programme", readable);
            return query.param("programme", programme);
        }
        if (organisation != null) {
            if (!Organisations.ALL.contains(organisation)) {
                throw new NotFoundException("/reports/annual?organisation=" + organisation);
            }
            ReportAccess.requireReader(user, "/reports/annual");
            model.addAttribute("scopeName", organisations.name(organisation));
            return organisation.equals(user.organisation()) ? query : query.param("organisation", organisation);
        }
        if (!ReportAccess.ownOrganisation(user)) {
            throw new ForbiddenException("/reports/annual");
        }
        model.addAttribute("scopeName", organisations.name(user.organisation()));
        return query;
    }
}
