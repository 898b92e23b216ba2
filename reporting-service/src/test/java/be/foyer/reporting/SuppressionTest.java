package be.foyer.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void counts_from_1_to_4_are_shown_as_less_than_5_and_others_as_they_are() {
        assertThat(Suppression.show(0)).isEqualTo(0L);
        assertThat(Suppression.show(1)).isEqualTo("<5");
        assertThat(Suppression.show(4)).isEqualTo("<5");
        assertThat(Suppression.show(5)).isEqualTo(5L);
    }
}
