package be.foyer.reporting.monthly;

import be.foyer.reporting.Indicator;
import be.foyer.reporting.Suppression;

/**
 * A count as a reader may see it, the privacy rule applied (contract: {@link Suppression}): where small counts are
 * suppressed for the reader (a programme, or a reader outside the organisation), a count of people from 1 to 4 is
 * {@code hidden}, and so is whether it meets its target (a small value beside "met" for a small target would give it
 * away). Counts of activities, meetings and places are never hidden. Views render {@code hidden} as they show it.
 *
 * @param target {@code null}: no target
 * @param met    {@code null}: no target, or hidden
 */
public record ShownValue(long value, boolean hidden, Integer target, Boolean met) {

    static ShownValue of(Indicator indicator, IndicatorValue value, boolean suppressSmallCounts) {
        boolean hidden = suppressSmallCounts && indicator.suppressible() && Suppression.isSmall(value.value());
        return new ShownValue(value.value(), hidden, value.target(), hidden ? null : value.met());
    }

    /** A count of people without a target (a breakdown's, people counted without key). */
    static ShownValue count(long count, boolean suppressSmallCounts) {
        return new ShownValue(count, suppressSmallCounts && Suppression.isSmall(count), null, null);
    }
}
