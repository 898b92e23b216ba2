package be.foyer.activities.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import be.foyer.platform.places.PlaceIds;

class PlaceTest {

    @Test
    void the_place_id_is_the_federation_s_whoever_organises_so_tenant_service_derives_the_same() {
        Place place = Place.named("  Musée   Magritte ", null, PlaceCategory.CULTURE);

        assertThat(place.id()).isEqualTo(PlaceIds.of("Musée Magritte"));
        assertThat(Place.named("musee magritte", "Rue de la Régence 3", PlaceCategory.CULTURE).id())
                .isEqualTo(place.id());
        assertThat(place.name()).isEqualTo("Musée   Magritte");
    }
}
