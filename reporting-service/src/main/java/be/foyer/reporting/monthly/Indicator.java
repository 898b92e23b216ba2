package be.foyer.reporting.monthly;

import java.util.Arrays;
import java.util.Optional;

/**
 * The indicators of the contract with their default monthly targets (Brussels Housing First affiliation project),
 * in the order reports list them. {@link #key()} is the name reports, targets and scripts use. An indicator without
 * a target has {@code null} as default target. The contract gives 40 participants as the federation's target; it is
 * also each organisation's default until its coordinator sets its own.
 */
public enum Indicator {

    /** Distinct tenants of the organisation present at an activity in the month. */
    DISTINCT_PARTICIPANTS("distinctParticipants", 40, true),
    /** Distinct tenants with at least one follow-up dated in the month. */
    TENANTS_MET_INDIVIDUALLY("tenantsMetIndividually", 20, true),
    /** Distinct places tenants went to: accompanied (follow-ups with a place) or with an activity (outings). */
    DISTINCT_PLACES("distinctPlaces", 10, false),
    /** Recurring activities the organisation held (a weekly workshop is one). */
    RECURRING_ACTIVITIES("recurringActivities", 1, false),
    /** One-off activities the organisation held. */
    ONE_OFF_ACTIVITIES("oneOffActivities", 3, false),
    /** Activities of any organiser the organisation's tenants took part in (beside those it organised). */
    ACTIVITIES_JOINED("activitiesJoined", null, false),
    /** Council meetings the organisation attended; federation-wide, the meetings held. */
    COUNCIL_MEETINGS("councilMeetings", 1, false),
    /** The programme's transversal team meetings held (each weekly meeting), never counted as an activity. */
    TRANSVERSAL_TEAM_MEETINGS("transversalTeamMeetings", 4, false),
    /** Distinct tenants with a tenancy running at the month's end. */
    TENANTS_HOUSED("tenantsHoused", null, true),
    /** Tenancies that began in the month. */
    MOVE_INS("moveIns", null, false);

    private final String key;
    private final Integer defaultTarget;
    private final boolean countsPeople;

    Indicator(String key, Integer defaultTarget, boolean countsPeople) {
        this.key = key;
        this.defaultTarget = defaultTarget;
        this.countsPeople = countsPeople;
    }

    public String key() {
        return key;
    }

    /** The contract's default monthly target, or {@code null} for an indicator that has none. */
    public Integer defaultTarget() {
        return defaultTarget;
    }

    /** Whether it counts tenants, so that federation-wide a person followed by two organisations counts once. */
    public boolean countsPeople() {
        return countsPeople;
    }

    public static Optional<Indicator> byKey(String key) {
        return Arrays.stream(values()).filter(indicator -> indicator.key.equals(key)).findFirst();
    }
}
