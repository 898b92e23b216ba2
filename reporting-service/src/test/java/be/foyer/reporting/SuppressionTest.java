package be.foyer.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void counts_from_1_to_4_are_shown_as_less_than_5_and_others_as_they_are() {
        assertThat(Suppression.isSmall(0)).isFalse();
        assertThat(Suppression.isSmall(1)).isTrue();
        assertThat(Suppression.isSmall(4)).isTrue();
        assertThat(Suppression.isSmall(5)).isFalse();
        assertThat(Suppression.show(4, Suppression.isSmall(4))).isEqualTo("<5");
        assertThat(Suppression.show(5, Suppression.isSmall(5))).isEqualTo(5L);
    }

    @Test
    void a_lone_small_cell_in_a_row_hides_the_next_smallest_non_zero_cell_too() {
        // organisations 3, 0, 9, 6, 20 and the total 38: 38 - 9 - 6 - 20 would give the 3 away
        boolean[][] hidden = Suppression.hiddenCells(new long[][] {{3, 0, 9, 6, 20, 38}}, false);

        assertThat(hidden[0]).containsExactly(true, false, false, true, false, false);
    }

    @Test
    void two_small_cells_in_a_row_protect_each_other() {
        boolean[][] hidden = Suppression.hiddenCells(new long[][] {{3, 2, 9, 14}}, false);

        assertThat(hidden[0]).containsExactly(true, true, false, false);
    }

    @Test
    void a_row_without_small_counts_hides_nothing() {
        boolean[][] hidden = Suppression.hiddenCells(new long[][] {{0, 5, 9, 14}}, false);

        assertThat(hidden[0]).containsExactly(false, false, false, false);
    }

    @Test
    void hiding_goes_on_through_columns_until_no_row_or_column_has_a_lone_hidden_cell() {
        long[][] table = {
                {2, 10, 12},
                {7, 8, 15},
                {9, 18, 27}};

        boolean[][] hidden = Suppression.hiddenCells(table, true);

        // row 0: the 2 and its smallest partner, 10; column 0: the 2 and the 7; column 1: the 10 and the 8;
        // row 1 then has 7 and 8 hidden: no lone cell left anywhere
        assertThat(hidden[0]).containsExactly(true, true, false);
        assertThat(hidden[1]).containsExactly(true, true, false);
        assertThat(hidden[2]).containsExactly(false, false, false);
        for (boolean[] row : hidden) {
            assertThat(count(row)).isNotEqualTo(1);
        }
        for (int column = 0; column < 3; column++) {
            int inColumn = 0;
            for (boolean[] row : hidden) {
                inColumn += row[column] ? 1 : 0;
            }
            assertThat(inColumn).isNotEqualTo(1);
        }
    }

    private static int count(boolean[] row) {
        int count = 0;
        for (boolean cell : row) {
            count += cell ? 1 : 0;
        }
        return count;
    }
}
