package be.foyer.tenants.tenant;

/** The life domains a follow-up addresses and a support plan sets goals in. */
public enum LifeDomain {
    HEALTH, HOUSING, EMPLOYMENT, ENERGY, DIGITAL, CULTURE, HOLIDAYS, DIY, FAMILY, MOBILITY, RIGHTS, BUDGET
}
