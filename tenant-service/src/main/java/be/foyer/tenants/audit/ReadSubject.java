package be.foyer.tenants.audit;

/** What part of a tenant file was read. */
public enum ReadSubject {
    FILE, FOLLOW_UPS, SUPPORT_PLAN, CONSENTS, EXPORT
}
