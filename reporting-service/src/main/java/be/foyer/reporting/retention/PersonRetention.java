package be.foyer.reporting.retention;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import be.foyer.reporting.projection.TenancyFacts.Tenancy;
import be.foyer.reporting.retention.Retention.Cohort;
import be.foyer.reporting.retention.Retention.Period;

/**
 * Housing retention per person: a person is retained at N months if housed, in any dwelling of any member, at
 * move-in + N months without a return to the street in between. A person's tenancies are joined into stays: a
 * tenancy ended {@code MOVED_ON} or {@code RELAYED} followed within {@value #DAYS_TO_NEXT_TENANCY} days by another
 * tenancy of the same person is a move, not a departure; so is a tenancy starting before the last one ended. Any
 * other end (eviction, return to the street, hospital, prison, death, other), or a move with no tenancy after it
 * in time, ends the stay. Across organisations, a person is recognised by the federation key (where the tenant
 * consents); without it each organisation's tenant is a person of their own, so a handover reads as a departure at
 * the first organisation and a new move-in at the second, as in retention per tenancy.
 * <p>
 * Cohorts are the months in which stays began with one of the reported organisations (a person handed over to them
 * is not a new move-in); a person whose two stays began in the same month counts once, by the first. Observability
 * is the same as per tenancy: a cohort is observed at a horizon only once its last day is that far in the past.
 */
public record PersonRetention(List<Cohort> byMonth) {

    static final Set<String> MOVES = Set.of("MOVED_ON", "RELAYED");
    static final int DAYS_TO_NEXT_TENANCY = 31;

    /**
     * @param housing        every member's tenancies, so that a person handed over can be followed
     * @param federationKeys tenantId → federation key, for the tenants that have one
     * @param organisations  whose move-ins make the cohorts
     */
    public static PersonRetention of(Collection<Tenancy> housing, Map<String, String> federationKeys,
            Collection<String> organisations, LocalDate today) {
        Map<String, List<Tenancy>> tenanciesByPerson = new HashMap<>();
        for (Tenancy tenancy : housing) {
            tenanciesByPerson.computeIfAbsent(person(tenancy, federationKeys), key -> new ArrayList<>()).add(tenancy);
        }
        Map<Period, Map<String, Tenancy>> cohorts = new TreeMap<>();
        tenanciesByPerson.forEach((person, tenancies) -> {
            for (Tenancy stay : stays(tenancies)) {
                if (organisations.contains(stay.organisation())) {
                    cohorts.computeIfAbsent(Period.month(YearMonth.from(stay.moveInDate())),
                            month -> new LinkedHashMap<>()).putIfAbsent(person, stay);
                }
            }
        });
        List<Cohort> byMonth = new ArrayList<>();
        cohorts.forEach((month, stays) -> byMonth.add(Cohort.of(month, List.copyOf(stays.values()), today)));
        return new PersonRetention(byMonth);
    }

    private static String person(Tenancy tenancy, Map<String, String> federationKeys) {
        String key = federationKeys.get(tenancy.tenantId());
        return key != null ? "key " + key : "tenant " + tenancy.tenantId();
    }

    /**
     * One person's tenancies joined into stays, in order of move-in; a stay keeps its first tenancy's organisation
     * and move-in date, and the end (and reason) of the tenancy that ended last ({@code null} while one runs).
     */
    static List<Tenancy> stays(List<Tenancy> tenancies) {
        List<Tenancy> sorted = new ArrayList<>(tenancies);
        sorted.sort(Comparator.comparing(Tenancy::moveInDate));
        List<Tenancy> stays = new ArrayList<>();
        Tenancy stay = null;
        for (Tenancy tenancy : sorted) {
            if (stay != null && continues(stay, tenancy)) {
                stay = joined(stay, tenancy);
            } else {
                if (stay != null) {
                    stays.add(stay);
                }
                stay = tenancy;
            }
        }
        if (stay != null) {
            stays.add(stay);
        }
        return stays;
    }

    private static boolean continues(Tenancy stay, Tenancy next) {
        LocalDate end = stay.endDate();
        return end == null || !next.moveInDate().isAfter(end)
                || MOVES.contains(stay.endReason()) && !next.moveInDate().isAfter(end.plusDays(DAYS_TO_NEXT_TENANCY));
    }

    private static Tenancy joined(Tenancy stay, Tenancy next) {
        Tenancy last = stay.endDate() == null || next.endDate() != null && !next.endDate().isAfter(stay.endDate())
                ? stay : next;
        return new Tenancy(stay.organisation(), stay.tenantId(), stay.moveInDate(), last.endDate(), last.endReason());
    }
}
