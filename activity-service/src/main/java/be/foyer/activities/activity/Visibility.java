package be.foyer.activities.activity;

/** Who sees an activity in the calendar: every organisation of the federation, or only the one running it. */
public enum Visibility {
    FEDERATION, ORGANISATION
}
