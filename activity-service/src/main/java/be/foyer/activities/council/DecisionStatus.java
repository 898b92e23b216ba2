package be.foyer.activities.council;

/** What became of a council decision, reviewed at the next councils. */
public enum DecisionStatus {
    OPEN, IN_PROGRESS, DONE, DROPPED
}
