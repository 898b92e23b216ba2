package be.foyer.reporting.annual;

import java.time.Clock;
import java.time.Year;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import be.foyer.reporting.monthly.CountedItems;
import be.foyer.reporting.monthly.Indicator;
import be.foyer.reporting.monthly.MonthlyReport;
import be.foyer.reporting.monthly.MonthlyReportService;
import be.foyer.reporting.projection.ActivityFacts;
import be.foyer.reporting.projection.CouncilDecisionFacts;
import be.foyer.reporting.retention.PersonRetention;
import be.foyer.reporting.retention.Retention;
import be.foyer.reporting.retention.RetentionService;

/**
 * Puts an organisation's year together from the existing reports: the monthly report of each month (so the months
 * read exactly as the monthly endpoint), the indicators distinct over the year, retention of the year's cohorts,
 * activities held and council decisions.
 */
@Service
public class AnnualReportService {

    private final MonthlyReportService monthly;
    private final CountedItems counted;
    private final RetentionService retention;
    private final ActivityFacts activities;
    private final CouncilDecisionFacts decisions;
    private final Clock clock;

    public AnnualReportService(MonthlyReportService monthly, CountedItems counted, RetentionService retention,
            ActivityFacts activities, CouncilDecisionFacts decisions, Clock clock) {
        this.monthly = monthly;
        this.counted = counted;
        this.retention = retention;
        this.activities = activities;
        this.decisions = decisions;
        this.clock = clock;
    }

    public AnnualReport report(String organisation, Year year) {
        List<YearMonth> months = ReportYear.monthsSoFar(year, clock);
        List<MonthlyReport> reports = months.stream().map(month -> monthly.report(organisation, month)).toList();
        return new AnnualReport(year, organisation, reports, overTheYear(organisation, months),
                cohortsOf(retention.of(List.of(organisation)), year),
                peopleOf(retention.ofPeople(List.of(organisation)), year),
                ActivitiesHeld.of(activities.occurrencesHeld(organisation, months)),
                councilDecisions(organisation, months));
    }

    /** Each indicator distinct over the months: the union of what each month counts, never their sum. */
    private Map<Indicator, Long> overTheYear(String organisation, List<YearMonth> months) {
        Map<Indicator, Long> totals = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            Set<String> items = new HashSet<>();
            months.forEach(month -> items.addAll(counted.of(indicator, organisation, month)));
            totals.put(indicator, (long) items.size());
        }
        return totals;
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
    private Map<String, Long> councilDecisions(String organisation, List<YearMonth> months) {
        Set<String> meetings = new HashSet<>();
        months.forEach(month -> meetings.addAll(counted.councilMeetingsHeld(month)));
        Map<String, Long> byStatus = new LinkedHashMap<>();
        AnnualReport.DECISION_STATUSES.forEach(status -> byStatus.put(status, 0L));
        byStatus.putAll(decisions.countByStatus(meetings, List.of(organisation)));
        return byStatus;
    }
}
