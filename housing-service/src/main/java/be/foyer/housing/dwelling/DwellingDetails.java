package be.foyer.housing.dwelling;

/**
 * What describes a dwelling beyond its address and capacity; every part is optional. Amounts are monthly, in euro
 * cents.
 */
public record DwellingDetails(
        Integer rooms,
        Integer bedrooms,
        Integer floor,
        Boolean stepFree,
        LandlordKind landlordKind,
        String landlordReference,
        Long monthlyRentCents,
        Long monthlyChargesCents,
        EnergyClass energyClass) {

    /** These details with every non-null part of {@code changes} taking the place of the current one. */
    public DwellingDetails merge(DwellingDetails changes) {
        return new DwellingDetails(
                pick(changes.rooms, rooms), pick(changes.bedrooms, bedrooms), pick(changes.floor, floor),
                pick(changes.stepFree, stepFree), pick(changes.landlordKind, landlordKind),
                pick(changes.landlordReference, landlordReference), pick(changes.monthlyRentCents, monthlyRentCents),
                pick(changes.monthlyChargesCents, monthlyChargesCents), pick(changes.energyClass, energyClass));
    }

    private static <T> T pick(T change, T current) {
        return change != null ? change : current;
    }
}
