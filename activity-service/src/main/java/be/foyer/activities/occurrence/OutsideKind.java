package be.foyer.activities.occurrence;

/** Who came to an activity without being a tenant: counted by kind, never named. */
public enum OutsideKind {
    NEIGHBOUR, PUPIL, RELATIVE, OTHER
}
