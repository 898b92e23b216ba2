package be.foyer.reporting;

/**
 * The contract's rule for federation-wide and cross-organisation figures: a count between 1 and 4 is shown as
 * {@code "<5"}, so that a small figure cannot point at a person. Zero and counts of 5 or more are shown as they are.
 */
public final class Suppression {

    public static final String SUPPRESSED = "<5";

    private Suppression() {
    }

    /** The count as a cross-organisation report shows it: a number, or {@link #SUPPRESSED}. */
    public static Object show(long count) {
        return count >= 1 && count <= 4 ? SUPPRESSED : count;
    }
}
