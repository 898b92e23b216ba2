package be.foyer.tenants.followup;

/**
 * Where a follow-up stands. Only {@code DONE} ones are contacts that took place and count in reports; a follow-up
 * stored before statuses existed reads as {@code DONE}.
 */
public enum FollowUpStatus {
    /** An appointment: dated today or later when planned or moved. */
    PLANNED,
    /** The contact took place (the default). */
    DONE,
    /** The appointment did not take place: the tenant did not come. */
    MISSED,
    /** The appointment was called off. */
    CANCELLED,
    /** Entered by mistake: kept, with who withdrew it, when and why, but it counts nowhere. */
    WITHDRAWN
}
