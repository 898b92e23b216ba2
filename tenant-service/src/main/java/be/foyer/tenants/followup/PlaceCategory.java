package be.foyer.tenants.followup;

/** What kind of place a tenant was accompanied to; the federation counts distinct places. */
public enum PlaceCategory {
    HEALTH, ADMINISTRATION, HOUSING, CULTURE, NATURE, SPORT, FAMILY, TRAINING
}
