package be.foyer.activities.activity;

/** Where an activity, or one occurrence of it, stands. HELD once its attendance was taken. */
public enum ActivityStatus {
    SCHEDULED, CANCELLED, HELD
}
