package be.foyer.web.reports;

/**
 * One indicator of a month: its value against its target. {@code target}/{@code met} are null where no target
 * applies, and {@code met} is null next to a suppressed value.
 */
public record Indicator(Object value, Long target, Boolean met) {

    public Figure figure() {
        return Figure.of(value);
    }

    /** Whether the page may show the target and whether it is met next to the value. */
    public boolean showsTarget() {
        return target != null && !figure().isSuppressed();
    }

    /** Share of the target reached, 0 to 1, for the progress bar. */
    public double progress() {
        Long number = figure().number();
        if (number == null || target == null || target <= 0) {
            return 0;
        }
        return Math.min(1.0, number / (double) target);
    }
}
