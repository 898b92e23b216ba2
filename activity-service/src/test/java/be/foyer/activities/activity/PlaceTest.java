package be.foyer.activities.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PlaceTest {

    @Test
    void the_place_id_is_the_one_tenant_service_derives_from_organisation_and_folded_name() {
        Place place = Place.named("smes", "  Musée   Magritte ", null, PlaceCategory.CULTURE);

        assertThat(place.id()).isEqualTo(UUID.nameUUIDFromBytes("smes|musee magritte".getBytes(StandardCharsets.UTF_8))
                .toString());
        assertThat(Place.named("smes", "musee magritte", "Rue de la Régence 3", PlaceCategory.CULTURE).id())
                .isEqualTo(place.id());
        assertThat(Place.named("diogenes", "Musée Magritte", null, PlaceCategory.CULTURE).id()).isNotEqualTo(place.id());
        assertThat(place.name()).isEqualTo("Musée   Magritte");
    }
}
