package be.foyer.tenants.tenant;

/** Where a tenant stands. {@code RELAYED} is reached by recording a relay, which says to whom. */
public enum TenantStatus {
    STREET, SEARCHING, HOUSED, RELAYED, EXITED
}
