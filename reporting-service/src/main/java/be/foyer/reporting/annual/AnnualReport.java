package be.foyer.reporting.annual;

import java.time.Year;
import java.util.List;
import java.util.Map;

import be.foyer.reporting.monthly.MonthlyReport;
import be.foyer.reporting.monthly.Scope;
import be.foyer.reporting.retention.PersonRetention;
import be.foyer.reporting.retention.Retention;

/**
 * A scope's year (an organisation or a programme) with real counts: its monthly reports, the year as one range (a
 * tenant met in March and in May is one person of the year), retention, activities held and council decisions by
 * status. Who sees it how (suppression) is decided by the view.
 *
 * @param overTheYear      the range report from January to the last month of the year begun (no targets)
 * @param councilDecisions decisions of the year's council meetings carried by the scope's organisations, by status
 */
public record AnnualReport(Year year, Scope scope, List<MonthlyReport> months, MonthlyReport overTheYear,
        Retention retention, PersonRetention peopleRetention, ActivitiesHeld activitiesHeld,
        Map<String, Long> councilDecisions) {

    /** The statuses a council decision goes through, in the order reports list them. */
    public static final List<String> DECISION_STATUSES = List.of("OPEN", "IN_PROGRESS", "DONE", "DROPPED");
}
