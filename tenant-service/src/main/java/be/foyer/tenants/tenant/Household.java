package be.foyer.tenants.tenant;

/** Who lives with the tenant, the tenant included among the adults. */
public record Household(int adults, int children) {
}
