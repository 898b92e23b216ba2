package be.foyer.reporting.monthly;

/**
 * The indicators of the contract with their default monthly targets (Brussels Housing First affiliation project),
 * in the order reports list them. {@link #key()} is the name reports and scripts use. An indicator without a target
 * has {@code null} as default target.
 */
public enum Indicator {

    /** Distinct tenants with at least one follow-up dated in the month. */
    TENANTS_MET_INDIVIDUALLY("tenantsMetIndividually", 20);

    private final String key;
    private final Integer defaultTarget;

    Indicator(String key, Integer defaultTarget) {
        this.key = key;
        this.defaultTarget = defaultTarget;
    }

    public String key() {
        return key;
    }

    /** The contract's default monthly target, or {@code null} for an indicator that has none. */
    public Integer defaultTarget() {
        return defaultTarget;
    }
}
