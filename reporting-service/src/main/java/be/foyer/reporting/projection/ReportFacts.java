package be.foyer.reporting.projection;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * What the reports read of the projections, the one way in for the report features (monthly, federation, retention,
 * annual): the stores behind it ({@link ReportSummaries}, {@link TenantFacts}, {@link CouncilDecisionFacts}) stay
 * the projection's own, so their layout can change without touching a report.
 */
@Service
public class ReportFacts {

    private final ReportSummaries summaries;
    private final TenantFacts tenants;
    private final CouncilDecisionFacts decisions;

    public ReportFacts(ReportSummaries summaries, TenantFacts tenants, CouncilDecisionFacts decisions) {
        this.summaries = summaries;
        this.tenants = tenants;
        this.decisions = decisions;
    }

    /** The organisations' months, every one of them (empty where nothing happened). */
    public Map<String, Map<YearMonth, MonthSummary>> months(Collection<String> organisations,
            Collection<YearMonth> months) {
        return summaries.months(organisations, months);
    }

    /** Each organisation's tenancies. */
    public Map<String, OrganisationTenancies> tenancies(Collection<String> organisations) {
        return summaries.tenancies(organisations);
    }

    /** The council meetings held in each month: meeting id → the organisations that attended. */
    public Map<YearMonth, Map<String, List<String>>> councilMeetings(Collection<YearMonth> months) {
        return summaries.councilMeetings(months);
    }

    /** Distinct people among tenants of one or several organisations, once per federation key. */
    public People people(Collection<String> tenantIds) {
        return tenants.people(tenantIds);
    }

    /** The number of {@link #people}. */
    public long distinctPeople(Collection<String> tenantIds) {
        return tenants.distinctPeople(tenantIds);
    }

    /** The federation keys of those of {@code tenantIds} that have one (tenantId → key). */
    public Map<String, String> federationKeys(Collection<String> tenantIds) {
        return tenants.federationKeys(tenantIds);
    }

    /** The decisions of the given meetings by status, those carried by one of {@code owners} only. */
    public Map<String, Long> councilDecisionsByStatus(Collection<String> meetingIds, Collection<String> owners) {
        return decisions.countByStatus(meetingIds, owners);
    }
}
