package be.foyer.housing.tenancy;

/** Why a tenancy ended: the federation counts retention and returns to the street from these. */
public enum EndReason {
    MOVED_ON, RELAYED, EVICTION, RETURN_TO_STREET, HOSPITAL, PRISON, DEATH, OTHER
}
