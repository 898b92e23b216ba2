package be.foyer.activities.council;

/** How many tenants of one organisation came to a council; never who. */
public record OrganisationAttendance(String organisation, int tenantsPresent) {
}
