package be.foyer.reporting;

/**
 * The contract's rule for federation-wide and cross-organisation figures: a count between 1 and 4 is shown as
 * {@code "<5"}, so that a small figure cannot point at a person. Zero and counts of 5 or more are shown as they are.
 * Where figures are shown with their totals, a second cell is hidden so that the total does not give the first away.
 */
public final class Suppression {

    public static final String SUPPRESSED = "<5";

    private Suppression() {
    }

    public static boolean isSmall(long count) {
        return count >= 1 && count <= 4;
    }

    /** The count, or {@link #SUPPRESSED} when hidden. */
    public static Object show(long count, boolean hidden) {
        return hidden ? SUPPRESSED : count;
    }

    /**
     * Which cells of a table to hide: every small count, then, wherever a row (and, with {@code byColumns}, a column)
     * has exactly one hidden cell, also its smallest non-zero visible cell, so that the row's total or the other cells
     * cannot give the hidden one away; repeated until no row or column has a lone hidden cell. A row without another
     * non-zero cell reveals nothing: its hidden cell equals its total, itself hidden.
     */
    public static boolean[][] hiddenCells(long[][] cells, boolean byColumns) {
        int rows = cells.length;
        int columns = rows == 0 ? 0 : cells[0].length;
        boolean[][] hidden = new boolean[rows][columns];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                hidden[row][column] = isSmall(cells[row][column]);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int row = 0; row < rows; row++) {
                changed |= hideSecond(cells, hidden, row, -1);
            }
            for (int column = 0; byColumns && column < columns; column++) {
                changed |= hideSecond(cells, hidden, -1, column);
            }
        }
        return hidden;
    }

    /** In one row ({@code column} = -1) or one column ({@code row} = -1): hides a second cell where one is alone. */
    private static boolean hideSecond(long[][] cells, boolean[][] hidden, int row, int column) {
        int length = row >= 0 ? cells[row].length : cells.length;
        int hiddenCount = 0;
        int smallest = -1;
        for (int i = 0; i < length; i++) {
            int r = row >= 0 ? row : i;
            int c = row >= 0 ? i : column;
            if (hidden[r][c]) {
                hiddenCount++;
            } else if (cells[r][c] > 0 && (smallest < 0 || cells[r][c] < valueAt(cells, row, column, smallest))) {
                smallest = i;
            }
        }
        if (hiddenCount != 1 || smallest < 0) {
            return false;
        }
        hidden[row >= 0 ? row : smallest][row >= 0 ? smallest : column] = true;
        return true;
    }

    private static long valueAt(long[][] cells, int row, int column, int index) {
        return row >= 0 ? cells[row][index] : cells[index][column];
    }
}
