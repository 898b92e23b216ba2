package be.foyer.housing.dwelling;

/** What a dwelling's capacity counts: households (a flat, a kangaroo house) or rooms (community housing). */
public enum CapacityUnit {
    HOUSEHOLDS, ROOMS
}
