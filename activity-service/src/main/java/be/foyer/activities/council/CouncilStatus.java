package be.foyer.activities.council;

/** A council meeting is planned, took place (its minutes are in) or was called off. */
public enum CouncilStatus {
    SCHEDULED, HELD, CANCELLED
}
