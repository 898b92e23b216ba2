package be.foyer.housing.search;

import org.springframework.stereotype.Component;

import be.foyer.platform.tenants.TenantErasure;

/**
 * Wipes the free text of an erased tenant's search steps (landlords' names, refusal reasons); the steps' kinds and
 * dates stay. Called by the platform's known-tenants read model as it takes in the erasure.
 */
@Component
class SearchDetailsErasure implements TenantErasure {

    private final HousingSearchStore searches;

    SearchDetailsErasure(HousingSearchStore searches) {
        this.searches = searches;
    }

    @Override
    public void forget(String tenantId) {
        searches.forgetDetailsOf(tenantId);
    }
}
