package be.foyer.reporting.monthly;

import be.foyer.reporting.Indicator;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import be.foyer.reporting.projection.ActivityFacts;
import be.foyer.reporting.projection.MonthSummary;
import be.foyer.reporting.projection.OrganisationTenancies;
import be.foyer.reporting.projection.ReportFacts;

/**
 * What each indicator counts for an organisation and a month, as a set of ids (tenants, places, activities,
 * meetings, tenancies): the organisation's figure is its size, and federation-wide figures are unions, so nothing
 * is counted twice. The ids never leave the service. A report first {@link #read}s the organisations and months it
 * covers (a bounded number of summary documents, by id), then counts from them.
 */
@Component
public class CountedItems {

    private final ReportFacts facts;

    public CountedItems(ReportFacts facts) {
        this.facts = facts;
    }

    /** The summaries of these organisations and months, read once. */
    public Counted read(Collection<String> organisations, Collection<YearMonth> months) {
        return new Counted(facts.months(organisations, months), facts.tenancies(organisations),
                facts.councilMeetings(months));
    }

    /** The organisations' months as read: only those asked for can be counted. */
    public static final class Counted {

        private final Map<String, Map<YearMonth, MonthSummary>> months;
        private final Map<String, OrganisationTenancies> tenancies;
        private final Map<YearMonth, Map<String, List<String>>> councilMeetings;

        private Counted(Map<String, Map<YearMonth, MonthSummary>> months, Map<String, OrganisationTenancies> tenancies,
                Map<YearMonth, Map<String, List<String>>> councilMeetings) {
            this.months = months;
            this.tenancies = tenancies;
            this.councilMeetings = councilMeetings;
        }

        public Set<String> of(Indicator indicator, String organisation, YearMonth month) {
            MonthSummary summary = summary(organisation, month);
            return switch (indicator) {
                case DISTINCT_PARTICIPANTS -> summary.participants();
                case TENANTS_MET_INDIVIDUALLY -> summary.tenantsMet();
                case DISTINCT_PLACES -> summary.places();
                case RECURRING_ACTIVITIES -> summary.activitiesHeld(true);
                case ONE_OFF_ACTIVITIES -> summary.activitiesHeld(false);
                case ACTIVITIES_JOINED -> summary.activitiesJoined();
                case TRANSVERSAL_TEAM_MEETINGS -> summary.teamMeetingsHeld();
                case COUNCIL_MEETINGS -> attendedBy(organisation, month);
                case TENANTS_HOUSED -> tenancies(organisation).tenantsHousedAtEndOf(month);
                case MOVE_INS -> tenancies(organisation).moveIns(month);
            };
        }

        /** What the indicator counts over several organisations and months: the union, so nothing counts twice. */
        public Set<String> of(Indicator indicator, Collection<String> organisations, Collection<YearMonth> months) {
            Set<String> all = new HashSet<>();
            for (YearMonth month : months) {
                for (String organisation : organisations) {
                    all.addAll(of(indicator, organisation, month));
                }
            }
            return all;
        }

        /** The council meetings held in the month, whoever attended. */
        public Set<String> councilMeetingsHeld(YearMonth month) {
            return new HashSet<>(meetings(month).keySet());
        }

        private Set<String> attendedBy(String organisation, YearMonth month) {
            Set<String> attended = new HashSet<>();
            meetings(month).forEach((meeting, attending) -> {
                if (attending.contains(organisation)) {
                    attended.add(meeting);
                }
            });
            return attended;
        }

        public Breakdowns breakdowns(String organisation, YearMonth month) {
            MonthSummary summary = summary(organisation, month);
            return new Breakdowns(summary.followUpsByMode(), summary.followUpsByDomain(),
                    tenancies(organisation).endsByReason(month));
        }

        /** The breakdowns summed over organisations and months: each follow-up and tenancy end belongs to one. */
        public Breakdowns breakdowns(Collection<String> organisations, Collection<YearMonth> months) {
            Map<String, Long> byMode = new TreeMap<>();
            Map<String, Long> byDomain = new TreeMap<>();
            Map<String, Long> endsByReason = new TreeMap<>();
            for (YearMonth month : months) {
                for (String organisation : organisations) {
                    Breakdowns one = breakdowns(organisation, month);
                    one.followUpsByMode().forEach((key, count) -> byMode.merge(key, count, Long::sum));
                    one.followUpsByDomain().forEach((key, count) -> byDomain.merge(key, count, Long::sum));
                    one.tenancyEndsByReason().forEach((key, count) -> endsByReason.merge(key, count, Long::sum));
                }
            }
            return new Breakdowns(byMode, byDomain, endsByReason);
        }

        /** The occurrences the organisation held in the months read (annual report: activities by category). */
        public List<ActivityFacts.Occurrence> occurrencesHeld(String organisation) {
            return months.get(organisation).values().stream()
                    .flatMap(summary -> summary.occurrencesHeld().stream()).toList();
        }

        private MonthSummary summary(String organisation, YearMonth month) {
            return months.get(organisation).get(month);
        }

        private OrganisationTenancies tenancies(String organisation) {
            return tenancies.get(organisation);
        }

        private Map<String, List<String>> meetings(YearMonth month) {
            return councilMeetings.get(month);
        }
    }
}
