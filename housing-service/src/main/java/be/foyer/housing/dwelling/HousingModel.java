package be.foyer.housing.dwelling;

/** The housing models of the Brussels housing-support sector a dwelling is run under. */
public enum HousingModel {
    HOUSING_FIRST, SCATTERED, GROUPED_SOLIDARITY, COMMUNITY, KANGAROO, INTERGENERATIONAL, FAMILY_BOARDING_HOUSE,
    SOCIAL_RESIDENCE, TRANSIT
}
