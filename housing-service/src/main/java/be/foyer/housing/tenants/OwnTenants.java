package be.foyer.housing.tenants;

import org.springframework.stereotype.Component;

import be.foyer.platform.problem.BadRequestException;
import be.foyer.platform.problem.FieldErrorCode;
import be.foyer.platform.tenants.KnownTenants;

/** The organisation's own tenants, as tenant-service announced them (the platform's known-tenants read model). */
@Component
public class OwnTenants {

    private final KnownTenants knownTenants;

    public OwnTenants(KnownTenants knownTenants) {
        this.knownTenants = knownTenants;
    }

    /**
     * Refuses a tenant the organisation does not have with 400 on {@code tenantId}, in the same words for an unknown
     * tenant and another organisation's, so that the answer reveals nothing about other organisations.
     */
    public void require(String organisation, String tenantId) {
        if (!knownTenants.has(organisation, tenantId)) {
            throw BadRequestException.onField("tenantId", FieldErrorCode.UNKNOWN, "is not one of your organisation's tenants");
        }
    }
}
