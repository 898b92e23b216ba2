package be.foyer.housing.search;

/** A search is open until the tenant is housed (a tenancy started) or the search is abandoned. */
public enum SearchStatus {
    OPEN, HOUSED, ABANDONED
}
