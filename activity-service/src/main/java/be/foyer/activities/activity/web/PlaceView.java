package be.foyer.activities.activity.web;

import be.foyer.activities.activity.Place;
import be.foyer.activities.activity.PlaceCategory;

/** Where an activity happens; {@code id} is the key the federation counts distinct places by. */
public record PlaceView(String id, String name, String address, PlaceCategory category) {

    public static PlaceView of(Place place) {
        return place == null ? null : new PlaceView(place.id(), place.name(), place.address(), place.category());
    }
}
