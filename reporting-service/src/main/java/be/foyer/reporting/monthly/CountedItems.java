package be.foyer.reporting.monthly;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import be.foyer.reporting.projection.ActivityFacts;
import be.foyer.reporting.projection.CouncilMeetingFacts;
import be.foyer.reporting.projection.FollowUpFacts;
import be.foyer.reporting.projection.ParticipationFacts;
import be.foyer.reporting.projection.PlacesVisited;
import be.foyer.reporting.projection.TenancyFacts;

/**
 * What each indicator counts for an organisation and a month, as a set of ids (tenants, places, activities,
 * meetings, tenancies): the organisation's figure is its size, and federation-wide figures are unions, so nothing
 * is counted twice. The ids never leave the service.
 */
@Component
public class CountedItems {

    private final FollowUpFacts followUps;
    private final ParticipationFacts participations;
    private final ActivityFacts activities;
    private final CouncilMeetingFacts councilMeetings;
    private final TenancyFacts tenancies;
    private final PlacesVisited places;

    public CountedItems(FollowUpFacts followUps, ParticipationFacts participations, ActivityFacts activities,
            CouncilMeetingFacts councilMeetings, TenancyFacts tenancies, PlacesVisited places) {
        this.followUps = followUps;
        this.participations = participations;
        this.activities = activities;
        this.councilMeetings = councilMeetings;
        this.tenancies = tenancies;
        this.places = places;
    }

    public Set<String> of(Indicator indicator, String organisation, YearMonth month) {
        return switch (indicator) {
            case DISTINCT_PARTICIPANTS -> participations.participants(organisation, month);
            case TENANTS_MET_INDIVIDUALLY -> followUps.tenantsMet(organisation, month);
            case DISTINCT_PLACES -> places.of(organisation, month);
            case RECURRING_ACTIVITIES -> activities.activitiesHeld(organisation, month, true);
            case ONE_OFF_ACTIVITIES -> activities.activitiesHeld(organisation, month, false);
            case ACTIVITIES_JOINED -> participations.activitiesJoined(organisation, month);
            case TRANSVERSAL_TEAM_MEETINGS -> activities.teamMeetingsHeld(organisation, month);
            case COUNCIL_MEETINGS -> councilMeetings.attendedBy(organisation, month);
            case TENANTS_HOUSED -> tenancies.tenantsHousedAtEndOf(organisation, month);
            case MOVE_INS -> tenancies.moveIns(organisation, month);
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
        return councilMeetings.heldIn(month);
    }

    public Breakdowns breakdowns(String organisation, YearMonth month) {
        return new Breakdowns(followUps.countByMode(organisation, month), followUps.countByDomain(organisation, month),
                tenancies.endsByReason(organisation, month));
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
}
