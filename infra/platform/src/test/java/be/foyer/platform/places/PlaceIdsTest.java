package be.foyer.platform.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlaceIdsTest {

    @Test
    void one_id_per_normalised_name_whoever_names_it() {
        String id = PlaceIds.of("  Musée   MAGRITTE ");

        assertThat(PlaceIds.of("musee magritte")).isEqualTo(id);
        assertThat(PlaceIds.of("Musée Magritte")).isEqualTo(id);
        assertThat(PlaceIds.of("Musée Fin-de-Siècle")).isNotEqualTo(id);
        assertThat(id).matches("[0-9a-f-]{36}");
    }

    @Test
    void a_place_without_name_has_no_id() {
        assertThatThrownBy(() -> PlaceIds.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
