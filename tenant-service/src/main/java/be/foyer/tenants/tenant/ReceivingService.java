package be.foyer.tenants.tenant;

/** The kind of service a tenant is handed over to. */
public enum ReceivingService {
    HOME_GUIDANCE, CPAS, MENTAL_HEALTH, OTHER
}
