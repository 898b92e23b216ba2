package be.foyer.platform.tenants;

/**
 * What a service forgets when tenant-service erases a tenant (free text, first names...). Beans of this type are
 * called by the known-tenants read model as it takes in {@code TenantErased}, once per erasure event, or again when
 * the event is redelivered: forgetting must be harmless to repeat.
 */
@FunctionalInterface
public interface TenantErasure {

    void forget(String tenantId);
}
