package be.foyer.activities.occurrence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import be.foyer.activities.activity.Activity;
import be.foyer.activities.activity.ActivityService;
import be.foyer.platform.domain.NoSuchRecordException;
import be.foyer.platform.tenants.KnownTenants;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/**
 * The activities one tenant was registered for, waitlisted on or attended, for their file: one entry per
 * occurrence (their latest registration there), latest first.
 */
@Service
public class TenantActivities {

    private final KnownTenants knownTenants;
    private final OccurrenceStore occurrences;
    private final ActivityService activities;

    public TenantActivities(KnownTenants knownTenants, OccurrenceStore occurrences, ActivityService activities) {
        this.knownTenants = knownTenants;
        this.occurrences = occurrences;
        this.activities = activities;
    }

    /** 404 for a tenant the organisation does not have, exactly as for one that does not exist. */
    public PageResult<TenantOccurrence> of(String organisation, String tenantId, PageQuery page) {
        if (!knownTenants.has(organisation, tenantId)) {
            throw new NoSuchRecordException("tenant", tenantId);
        }
        List<OccurrenceState> states = occurrences.withTenant(tenantId);
        Map<String, Activity> byId = activities.byIds(states.stream().map(OccurrenceState::activityId)
                .distinct().toList());
        List<TenantOccurrence> found = new ArrayList<>();
        for (OccurrenceState state : states) {
            Activity activity = byId.get(state.activityId());
            if (activity == null || !activity.isVisibleTo(organisation)) {
                continue;
            }
            latestOf(state, organisation, tenantId).ifPresent(registration -> found.add(new TenantOccurrence(
                    new Occurrence(activity, state.originalStart(), state), registration,
                    state.waitlistPosition(registration.id()))));
        }
        found.sort(Comparator.comparing((TenantOccurrence entry) -> entry.occurrence().startsAt())
                .thenComparing(entry -> entry.occurrence().id()).reversed());
        int from = Math.min(page.offset(), found.size());
        return PageResult.of(found.subList(from, Math.min(from + page.size(), found.size())), page, found.size());
    }

    /** The tenant's registration that counts at this occurrence: the active one, else the last withdrawn. */
    private static Optional<Registration> latestOf(OccurrenceState state, String organisation, String tenantId) {
        List<Registration> theirs = state.registrations().stream()
                .filter(registration -> registration.tenantId().equals(tenantId)
                        && registration.organisation().equals(organisation))
                .toList();
        return theirs.stream().filter(Registration::isActive).findFirst()
                .or(() -> theirs.isEmpty() ? Optional.empty() : Optional.of(theirs.get(theirs.size() - 1)));
    }

    /** One occurrence in a tenant's file, with their registration there. */
    public record TenantOccurrence(Occurrence occurrence, Registration registration, Integer waitlistPosition) {
    }
}
