package be.foyer.housing.site;

import java.time.Instant;
import java.util.List;

import be.foyer.housing.address.Address;
import be.foyer.housing.dwelling.HousingModel;
import be.foyer.platform.domain.Author;

/** A building or plot grouping dwellings and shared spaces. Name, address and house rules stay in this service. */
public record Site(
        String id,
        String organisation,
        String name,
        HousingModel housingModel,
        Address address,
        List<SharedSpace> sharedSpaces,
        String houseRules,
        Author registeredBy,
        Instant registeredAt) {
}
