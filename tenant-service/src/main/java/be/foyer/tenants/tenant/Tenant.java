package be.foyer.tenants.tenant;

import java.time.Instant;
import java.time.LocalDate;

/** A person an organisation follows. Names never leave this service. */
public record Tenant(
        String id,
        String organisation,
        String firstName,
        String lastName,
        LocalDate registeredOn,
        String registeredBy,
        Instant registeredAt) {
}
