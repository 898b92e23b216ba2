package be.foyer.reporting.monthly;

/** One indicator's real count for a month and the target it is measured against ({@code null}: no target). */
public record IndicatorValue(long value, Integer target) {

    /** Whether the target is reached, on the real count; {@code null} when there is no target. */
    public Boolean met() {
        return target == null ? null : value >= target;
    }
}
