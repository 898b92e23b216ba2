package be.foyer.housing.dwelling;

/** Who lets the dwelling: a social rental agency (AIS), a public housing company (SISP), a CPAS, ... */
public enum LandlordKind {
    AIS, SISP, CPAS, PRIVATE, ASSOCIATION
}
