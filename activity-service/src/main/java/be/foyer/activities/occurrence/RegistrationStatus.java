package be.foyer.activities.occurrence;

/** A registration holds a place, waits for one in order, or was withdrawn. */
public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, CANCELLED
}
