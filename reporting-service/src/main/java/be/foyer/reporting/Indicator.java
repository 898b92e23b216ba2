package be.foyer.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The indicators of the contract, in the order reports list them. {@link #key()} is the name reports, targets and
 * scripts use. No indicator has a default target: targets belong to a programme (its configuration) or are set by an
 * organisation's coordinator, from a month on ({@code monthly.Targets}).
 */
public enum Indicator {

    /** Distinct tenants of the organisation present at an activity in the month. */
    DISTINCT_PARTICIPANTS("distinctParticipants", Counts.PEOPLE),
    /** Distinct tenants with at least one follow-up dated in the month. */
    TENANTS_MET_INDIVIDUALLY("tenantsMetIndividually", Counts.PEOPLE),
    /** Distinct places tenants went to: accompanied (follow-ups with a place) or with an activity (outings). */
    DISTINCT_PLACES("distinctPlaces", Counts.THINGS),
    /** Recurring activities the organisation held (a weekly workshop is one). */
    RECURRING_ACTIVITIES("recurringActivities", Counts.THINGS),
    /** One-off activities the organisation held. */
    ONE_OFF_ACTIVITIES("oneOffActivities", Counts.THINGS),
    /** Activities of any organiser the organisation's tenants took part in (beside those it organised). */
    ACTIVITIES_JOINED("activitiesJoined", Counts.THINGS),
    /** Council meetings the organisation attended; federation-wide, the meetings held. */
    COUNCIL_MEETINGS("councilMeetings", Counts.THINGS),
    /** The programme's transversal team meetings held (each weekly meeting), never counted as an activity. */
    TRANSVERSAL_TEAM_MEETINGS("transversalTeamMeetings", Counts.THINGS),
    /** Distinct tenants with a tenancy running at the month's end. */
    TENANTS_HOUSED("tenantsHoused", Counts.PEOPLE),
    /** Tenancies that began in the month: one person each, so suppressed like people. */
    MOVE_INS("moveIns", Counts.TENANCIES);

    /** What an indicator counts, which decides how it is made distinct and whether it is suppressed. */
    enum Counts { PEOPLE, TENANCIES, THINGS }

    private final String key;
    private final Counts counts;

    Indicator(String key, Counts counts) {
        this.key = key;
        this.counts = counts;
    }

    public String key() {
        return key;
    }

    /** Whether it counts tenants, so that across organisations a person with a federation key counts once. */
    public boolean countsPeople() {
        return counts == Counts.PEOPLE;
    }

    /**
     * Whether a small value could point at a person (people, tenancies), so that a cross-organisation figure hides
     * 1 to 4. Activities, meetings and places are never hidden.
     */
    public boolean suppressible() {
        return counts != Counts.THINGS;
    }

    public static Optional<Indicator> byKey(String key) {
        return Arrays.stream(values()).filter(indicator -> indicator.key.equals(key)).findFirst();
    }

    /** The keys, for messages naming what is allowed. */
    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(Indicator::key).toList());
    }
}
