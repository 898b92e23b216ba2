package be.foyer.housing.dwelling;

import java.time.Instant;

/** A housing unit an organisation manages. */
public record Dwelling(
        String id,
        String organisation,
        Address address,
        HousingModel housingModel,
        int capacity,
        DwellingStatus status,
        String registeredBy,
        Instant registeredAt) {
}
