package be.foyer.reporting.annual;

import java.time.Year;
import java.util.List;
import java.util.Map;

import be.foyer.reporting.monthly.Indicator;
import be.foyer.reporting.monthly.MonthlyReport;
import be.foyer.reporting.retention.PersonRetention;
import be.foyer.reporting.retention.Retention;

/**
 * An organisation's year with real counts: its monthly reports, each indicator counted distinct over the year (a
 * tenant met in March and in May is one person of the year), retention, activities held and council decisions by
 * status. Who sees it how (suppression) is decided by the view.
 *
 * @param councilDecisions decisions of the year's council meetings carried by the organisation, by status
 */
public record AnnualReport(Year year, String organisation, List<MonthlyReport> months,
        Map<Indicator, Long> overTheYear, Retention retention, PersonRetention peopleRetention,
        ActivitiesHeld activitiesHeld,
        Map<String, Long> councilDecisions) {

    /** The statuses a council decision goes through, in the order reports list them. */
    public static final List<String> DECISION_STATUSES = List.of("OPEN", "IN_PROGRESS", "DONE", "DROPPED");
}
