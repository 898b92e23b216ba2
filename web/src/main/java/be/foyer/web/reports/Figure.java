package be.foyer.web.reports;

/**
 * A count as the reports API gives it: a number, or {@code "<5"} where a small count of people is suppressed
 * (then nothing next to it may narrow it down: the page shows "moins de 5" alone).
 */
public record Figure(Object raw) {

    static final String SUPPRESSED = "<5";

    public static Figure of(Object raw) {
        return new Figure(raw);
    }

    public boolean isSuppressed() {
        return SUPPRESSED.equals(raw);
    }

    /** True when there is nothing to show (no value for that month). */
    public boolean isMissing() {
        return raw == null;
    }

    /** The number, or null when suppressed or missing. */
    public Long number() {
        if (raw instanceof Number n) {
            return n.longValue();
        }
        if (raw instanceof String s && !isSuppressed()) {
            try {
                return Long.valueOf(s.strip());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }
}
