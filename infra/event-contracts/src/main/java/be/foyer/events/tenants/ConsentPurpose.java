package be.foyer.events.tenants;

/** What a tenant may consent to, each on its own and each revocable ({@link ConsentChanged#purpose()} names one). */
public enum ConsentPurpose {
    /** The federation key may be derived and travel, so that the federation counts the person once. */
    FEDERATION_STATISTICS,
    /** The first name may be shown to facilitators of other organisations in shared activities. */
    SHARED_ACTIVITIES,
    PHOTO
}
