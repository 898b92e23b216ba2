package be.foyer.housing.dwelling;

/** Whether a dwelling can take a tenancy. A new dwelling is available; tenancies (a later issue) change it. */
public enum DwellingStatus {
    AVAILABLE
}
