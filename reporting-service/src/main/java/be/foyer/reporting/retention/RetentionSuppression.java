package be.foyer.reporting.retention;

import be.foyer.reporting.Suppression;
import be.foyer.reporting.retention.Retention.Cohort;
import be.foyer.reporting.retention.Retention.Horizon;

/**
 * Which retention figures a reader sees hidden (contract: {@link Suppression}), for a reader who sees small counts
 * suppressed (outside the organisation): a cohort's size from 1 to 4; a horizon's housed count and share where the
 * cohort, the housed or the departed are that few. A cohort of people is set beside the same month's cohort of
 * tenancies: a figure per person that differs from the figure per tenancy by 1 to 4 is hidden too (with what depends
 * on it), as the difference would count a few people who moved or were handed over. Views render what this says.
 */
public final class RetentionSuppression {

    private RetentionSuppression() {
    }

    /** Whether the cohort's size is hidden. */
    public static boolean sizeHidden(Cohort cohort, boolean suppressSmallCounts) {
        return suppressSmallCounts && Suppression.isSmall(cohort.movedIn());
    }

    /** Whether a cohort of people's size is hidden; {@code tenancies}: the same month per tenancy, if any. */
    public static boolean sizeHidden(Cohort people, Cohort tenancies, boolean suppressSmallCounts) {
        return sizeGivesAway(people, tenancies, suppressSmallCounts) || sizeHidden(people, suppressSmallCounts);
    }

    /**
     * Whether a horizon's housed count and share are hidden.
     *
     * @param givesAwayElsewhere the housed count would give away a small count of another table
     */
    public static boolean housedHidden(long movedIn, Horizon horizon, boolean suppressSmallCounts,
            boolean givesAwayElsewhere) {
        long housed = horizon.stillHoused();
        return suppressSmallCounts && (Suppression.isSmall(movedIn) || Suppression.isSmall(housed)
                || Suppression.isSmall(movedIn - housed) || givesAwayElsewhere);
    }

    /** Whether the {@code index}th horizon of a cohort of people is hidden, set beside the cohort of tenancies. */
    public static boolean housedHidden(Cohort people, Cohort tenancies, int index, boolean suppressSmallCounts) {
        Horizon horizon = people.horizons().get(index);
        long housedPerTenancy = tenancies == null ? horizon.stillHoused()
                : tenancies.horizons().get(index).stillHoused();
        boolean givesAway = sizeGivesAway(people, tenancies, suppressSmallCounts)
                || Suppression.isSmall(Math.abs(horizon.stillHoused() - housedPerTenancy));
        return housedHidden(people.movedIn(), horizon, suppressSmallCounts, givesAway);
    }

    private static boolean sizeGivesAway(Cohort people, Cohort tenancies, boolean suppressSmallCounts) {
        return suppressSmallCounts && tenancies != null
                && Suppression.isSmall(Math.abs(people.movedIn() - tenancies.movedIn()));
    }
}
