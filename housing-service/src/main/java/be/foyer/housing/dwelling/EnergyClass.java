package be.foyer.housing.dwelling;

/** The energy performance certificate class (PEB / EPB). */
public enum EnergyClass {
    A, B, C, D, E, F, G
}
