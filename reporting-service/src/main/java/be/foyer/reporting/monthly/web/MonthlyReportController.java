package be.foyer.reporting.monthly.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.platform.security.Caller;
import be.foyer.reporting.ReportMonth;
import be.foyer.reporting.Suppression;
import be.foyer.reporting.monthly.Indicator;
import be.foyer.reporting.monthly.IndicatorValue;
import be.foyer.reporting.monthly.MonthlyReport;
import be.foyer.reporting.monthly.MonthlyReportService;
import be.foyer.reporting.monthly.ReportAccess;
import be.foyer.reporting.monthly.ReportAccess.ReportScope;

@RestController
@RequestMapping("/api/reports/monthly")
@PreAuthorize("hasAnyRole('staff', 'coordinator', 'federation-analyst')")
public class MonthlyReportController {

    private final MonthlyReportService reports;
    private final ReportAccess access;
    private final Clock clock;

    public MonthlyReportController(MonthlyReportService reports, ReportAccess access, Clock clock) {
        this.reports = reports;
        this.access = access;
        this.clock = clock;
    }

    /**
     * @param month        {@code YYYY-MM}, required, not after the current Brussels month
     * @param organisation for the federation analyst, required; for staff and coordinators, their own or absent
     */
    @GetMapping
    public MonthlyReportView monthly(Caller caller, @RequestParam(required = false) String month,
            @RequestParam(required = false) String organisation) {
        YearMonth reportMonth = ReportMonth.parse(month, clock);
        ReportScope scope = access.resolve(caller, organisation);
        return MonthlyReportView.of(reports.report(scope.organisation(), reportMonth), scope.crossOrganisation());
    }

    /** A report as the contract shapes it; no tenant id, name or federation key ever reaches it. */
    public record MonthlyReportView(String month, String organisation, Map<String, IndicatorView> indicators) {

        static MonthlyReportView of(MonthlyReport report, boolean suppressSmallCounts) {
            Map<String, IndicatorView> indicators = new LinkedHashMap<>();
            for (Indicator indicator : Indicator.values()) {
                IndicatorValue value = report.indicators().get(indicator);
                if (value != null) {
                    indicators.put(indicator.key(), IndicatorView.of(value, suppressSmallCounts));
                }
            }
            return new MonthlyReportView(report.month().toString(), report.organisation(), indicators);
        }
    }

    /**
     * @param value a number, or {@code "<5"} when suppressed
     * @param met   computed on the real count, also when the value shown is suppressed
     */
    public record IndicatorView(Object value, Integer target, Boolean met) {

        static IndicatorView of(IndicatorValue value, boolean suppressSmallCounts) {
            return new IndicatorView(suppressSmallCounts ? Suppression.show(value.value()) : value.value(),
                    value.target(), value.met());
        }
    }
}
