package be.foyer.activities.activity;

/** What kind of collective activity it is; the federation counts activities by category. */
public enum ActivityCategory {
    WORKSHOP, OUTING, MEAL, SPORT, CULTURE, NATURE, DIGITAL, COUNCIL
}
