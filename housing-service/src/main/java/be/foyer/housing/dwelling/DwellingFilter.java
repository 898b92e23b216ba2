package be.foyer.housing.dwelling;

/**
 * What a list of dwellings may be narrowed to; every part is optional. {@code municipality} matches whatever the
 * address says, accents and case left out, a Brussels commune by its French or Dutch name.
 */
public record DwellingFilter(DwellingStatus status, HousingModel housingModel, String municipality, String siteId) {
}
