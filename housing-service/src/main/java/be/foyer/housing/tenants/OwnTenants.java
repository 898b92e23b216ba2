package be.foyer.housing.tenants;

import org.springframework.stereotype.Component;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.tenants.KnownTenants;

/** The organisation's own tenants, as tenant-service announced them (the platform's known-tenants read model). */
@Component
public class OwnTenants {

    private final KnownTenants knownTenants;

    public OwnTenants(KnownTenants knownTenants) {
        this.knownTenants = knownTenants;
    }

    /**
     * Notes a tenant the organisation does not have on {@code tenantId}, in the same words for an unknown tenant and
     * another organisation's, so that the answer reveals nothing about other organisations.
     */
    public void check(String organisation, String tenantId, FieldChecks checks) {
        if (!knownTenants.has(organisation, tenantId)) {
            checks.reject("tenantId", FieldErrorCode.UNKNOWN, "is not one of your organisation's tenants");
        }
    }
}
