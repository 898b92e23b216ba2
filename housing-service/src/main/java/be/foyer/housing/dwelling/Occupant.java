package be.foyer.housing.dwelling;

/** A running tenancy holding one of a dwelling's places (and, in shared dwellings, a room). */
public record Occupant(String tenancyId, String tenantId, String room) {
}
