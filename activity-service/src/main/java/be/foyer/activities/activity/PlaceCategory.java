package be.foyer.activities.activity;

/** What kind of place an activity happens at; the federation counts distinct places by category. */
public enum PlaceCategory {
    HEALTH, ADMINISTRATION, HOUSING, CULTURE, NATURE, SPORT, FAMILY, TRAINING
}
