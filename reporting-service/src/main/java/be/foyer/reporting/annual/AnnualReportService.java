package be.foyer.reporting.annual;

import java.time.Clock;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import be.foyer.reporting.monthly.CountedItems;
import be.foyer.reporting.monthly.CountedItems.Counted;
import be.foyer.reporting.monthly.MonthlyReport;
import be.foyer.reporting.monthly.MonthlyReportService;
import be.foyer.reporting.monthly.Scope;
import be.foyer.reporting.projection.ActivityFacts;
import be.foyer.reporting.projection.ReportFacts;
import be.foyer.reporting.retention.PersonRetention;
import be.foyer.reporting.retention.Retention;
import be.foyer.reporting.retention.RetentionService;

/**
 * Puts an organisation's or a programme's year together from the existing reports: the monthly report of each month
 * (so the months read exactly as the monthly endpoint), the year's range report, retention of the year's cohorts,
 * activities held and council decisions.
 */
@Service
public class AnnualReportService {

    private final MonthlyReportService monthly;
    private final CountedItems counted;
    private final RetentionService retention;
    private final ReportFacts decisions;
    private final Clock clock;

    public AnnualReportService(MonthlyReportService monthly, CountedItems counted, RetentionService retention,
            ReportFacts decisions, Clock clock) {
        this.monthly = monthly;
        this.counted = counted;
        this.retention = retention;
        this.decisions = decisions;
        this.clock = clock;
    }

    /**
     * The months are the monthly reports of the scope (a programme's count people once by federation key, places
     * and activities once); the year is the range report from January to the last month begun, so it is distinct
     * over the year in the same way.
     */
    public AnnualReport report(Scope scope, Year year) {
        List<YearMonth> months = ReportYear.monthsSoFar(year, clock);
        List<MonthlyReport> reports = months.stream().map(month -> monthly.report(scope, month)).toList();
        List<String> organisations = scope.organisations();
        Counted read = counted.read(organisations, months);
        List<ActivityFacts.Occurrence> held = new ArrayList<>();
        // an activity has one organiser, so the members' occurrences never overlap: an activity held counts once
        organisations.forEach(organisation -> held.addAll(read.occurrencesHeld(organisation)));
        return new AnnualReport(year, scope, reports, monthly.range(scope, months.get(0), months.get(months.size() - 1)),
                cohortsOf(retention.of(organisations), year), peopleOf(retention.ofPeople(organisations), year),
                ActivitiesHeld.of(held), councilDecisions(read, organisations, months));
    }

    /** The cohorts of the year's move-ins only; later and earlier cohorts belong to other years' reports. */
    private static Retention cohortsOf(Retention all, Year year) {
        String prefix = year + "-";
        return new Retention(all.asOf(),
                all.byMonth().stream().filter(cohort -> cohort.label().startsWith(prefix)).toList(),
                all.byQuarter().stream().filter(cohort -> cohort.label().startsWith(prefix)).toList());
    }

    private static PersonRetention peopleOf(PersonRetention all, Year year) {
        String prefix = year + "-";
        return new PersonRetention(all.byMonth().stream().filter(cohort -> cohort.label().startsWith(prefix)).toList());
    }

    /** The decisions of the year's council meetings that the organisation carries, every status listed. */
    private Map<String, Long> councilDecisions(Counted read, List<String> organisations, List<YearMonth> months) {
        Set<String> meetings = new HashSet<>();
        months.forEach(month -> meetings.addAll(read.councilMeetingsHeld(month)));
        Map<String, Long> byStatus = new LinkedHashMap<>();
        AnnualReport.DECISION_STATUSES.forEach(status -> byStatus.put(status, 0L));
        byStatus.putAll(decisions.councilDecisionsByStatus(meetings, organisations));
        return byStatus;
    }
}
