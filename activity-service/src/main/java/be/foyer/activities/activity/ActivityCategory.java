package be.foyer.activities.activity;

/** What kind of collective activity it is; the federation counts activities by category. */
public enum ActivityCategory {
    WORKSHOP, OUTING, MEAL, SPORT, CULTURE, NATURE, DIGITAL, COUNCIL,
    /** The programme's weekly transversal team meeting (its workers, no tenants): counted apart, as {@code
     * transversalTeamMeetings}, held when its attendance is taken (an empty sheet will do). */
    TEAM_MEETING
}
