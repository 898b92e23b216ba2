package be.foyer.tenants.followup;

import be.foyer.platform.places.PlaceIds;

/**
 * A place a tenant was accompanied to. Its id is the federation's ({@link PlaceIds}: the normalised name, whatever the
 * organisation), so "Musée Magritte" and "musee magritte " are one place, the same one activity-service gives an
 * outing there, without the name travelling on Kafka.
 */
public record Place(String id, String name, PlaceCategory category) {

    public static Place named(String name, PlaceCategory category) {
        return new Place(PlaceIds.of(name), name.strip(), category);
    }
}
