package be.foyer.reporting.monthly.trends.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.security.Caller;
import be.foyer.platform.security.Roles;
import be.foyer.reporting.ReportMonth;
import be.foyer.reporting.csv.CsvExport;
import be.foyer.reporting.csv.CsvTable;
import be.foyer.reporting.Indicator;
import be.foyer.reporting.monthly.MonthlyReport;
import be.foyer.reporting.monthly.MonthlyReportService;
import be.foyer.reporting.monthly.ReportAccess;
import be.foyer.reporting.monthly.ReportAccess.Resolved;
import be.foyer.reporting.monthly.Scope;
import be.foyer.reporting.monthly.web.MonthlyReportView.IndicatorView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/reports/trends?[organisation=|programme=]&to=YYYY-MM}: each indicator month by month over the 12
 * months ending with {@code to} (default: the current month), against the targets applying in each month. Without
 * {@code organisation} or {@code programme}, the federation analyst gets the federation's totals, others their own
 * organisation. Same access and suppression as the monthly report.
 */
@Tag(name = "Reports", description = "Monthly, annual, trend, retention and federation figures, and their targets.")
@RestController
@RequestMapping(path = "/api/reports/trends", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
@PreAuthorize("hasAnyRole('staff', 'coordinator', 'facilitator', 'federation-analyst')")
public class TrendsController {

    private final MonthlyReportService reports;
    private final ReportAccess access;
    private final Clock clock;

    public TrendsController(MonthlyReportService reports, ReportAccess access, Clock clock) {
        this.reports = reports;
        this.access = access;
        this.clock = clock;
    }

    @Operation(summary = "Read the trend of each indicator over months (JSON or CSV)")
    @GetMapping
    public TrendsView trends(Caller caller, @RequestParam(required = false) String to,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) String programme) {
        FieldChecks checks = new FieldChecks();
        YearMonth last = to == null ? ReportMonth.current(clock) : ReportMonth.check(to, "to", clock, checks);
        access.checkNames(organisation, programme, checks);
        checks.throwIfAny();
        Resolved resolved = isBlank(organisation) && isBlank(programme) && caller.hasRole(Roles.FEDERATION_ANALYST)
                ? new Resolved(Scope.federation(), true)
                : access.resolveScope(caller, organisation, programme);
        return TrendsView.of(resolved.scope(), reports.trend(resolved.scope(), last), resolved.suppressed());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** @param indicators per indicator, one {@code {"month","value","target","met"}} per month, oldest first */
    public record TrendsView(String scope, String kind, List<String> months, Map<String, List<MonthValue>> indicators)
            implements CsvExport {

        static TrendsView of(Scope scope, List<MonthlyReport> reports, boolean suppressed) {
            Map<String, List<MonthValue>> indicators = new LinkedHashMap<>();
            for (Indicator indicator : Indicator.values()) {
                List<MonthValue> values = new ArrayList<>();
                for (MonthlyReport report : reports) {
                    IndicatorView shown = IndicatorView.of(report.shown(indicator, suppressed));
                    values.add(new MonthValue(report.month().toString(), shown.value(), shown.target(), shown.met()));
                }
                indicators.put(indicator.key(), values);
            }
            return new TrendsView(scope.id(), scope.kind().name().toLowerCase(Locale.ROOT),
                    reports.stream().map(report -> report.month().toString()).toList(), indicators);
        }

        /** Columns {@code scope,kind,month,indicator,value,target,met}. */
        @Override
        public CsvTable toCsv() {
            List<List<Object>> rows = new ArrayList<>();
            indicators.forEach((indicator, values) -> values.forEach(value -> rows.add(java.util.Arrays.asList(
                    scope, kind, value.month(), indicator, value.value(), value.target(), value.met()))));
            return new CsvTable(List.of("scope", "kind", "month", "indicator", "value", "target", "met"), rows);
        }
    }

    public record MonthValue(String month, Object value, Integer target, Boolean met) {
    }
}
