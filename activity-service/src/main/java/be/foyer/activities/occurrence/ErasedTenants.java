package be.foyer.activities.occurrence;

import java.util.List;

import org.springframework.stereotype.Service;

import be.foyer.platform.tenants.TenantErasure;

/**
 * What activity-service forgets when a tenant is erased: the first name a worker typed when registering them. The
 * registrations stay, with the tenant id only, so places taken and attendance already counted stay right. Called by
 * the platform's known-tenants read model as it takes in the erasure.
 */
@Service
public class ErasedTenants implements TenantErasure {

    private final OccurrenceStore store;

    public ErasedTenants(OccurrenceStore store) {
        this.store = store;
    }

    @Override
    public void forget(String tenantId) {
        for (OccurrenceState state : store.withTenant(tenantId)) {
            OccurrenceState current = state;
            // compare-and-set like every occurrence change: a registration written meanwhile is read again
            while (!store.save(current.forgettingFirstNameOf(tenantId), List.of())) {
                current = store.find(state.id()).orElseThrow();
            }
        }
    }
}
