package be.foyer.housing.site;

/** A space the households of a site share. */
public enum SharedSpace {
    GARDEN, LAUNDRY, GAMES_ROOM, KITCHEN, LIVING_ROOM, WORKSHOP
}
