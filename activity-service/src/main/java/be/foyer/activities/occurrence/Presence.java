package be.foyer.activities.occurrence;

/** Whether a registered tenant came, as the organiser marked it after the occurrence. */
public enum Presence {
    PRESENT, ABSENT
}
