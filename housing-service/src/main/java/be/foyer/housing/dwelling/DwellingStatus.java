package be.foyer.housing.dwelling;

/**
 * Whether a dwelling can take a tenancy. {@code AVAILABLE} and {@code OCCUPIED} follow its tenancies (occupied while
 * full); {@code WORKS} and {@code WITHDRAWN} are set by a worker and hold until lifted.
 */
public enum DwellingStatus {
    AVAILABLE, OCCUPIED, WORKS, WITHDRAWN;

    /** Whether the dwelling is in service: tenancies may start in it when it has a free place. */
    public boolean inService() {
        return this == AVAILABLE || this == OCCUPIED;
    }
}
