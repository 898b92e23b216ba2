package be.foyer.activities.activity;

import be.foyer.platform.places.PlaceIds;

/**
 * Where an activity happens. Its id is the federation's ({@link PlaceIds}: the normalised name, whoever organises), the
 * same tenant-service gives the place of an accompaniment, so that the federation counts a place once, outings and
 * accompaniments together, without the name travelling on Kafka.
 */
public record Place(String id, String name, String address, PlaceCategory category) {

    public static Place named(String name, String address, PlaceCategory category) {
        return new Place(PlaceIds.of(name), name.strip(), address == null || address.isBlank() ? null : address.strip(),
                category);
    }
}
