package be.foyer.tenants.tenant;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a tenant's status history. {@code changedBy} is the worker's username. */
public record StatusChange(TenantStatus status, LocalDate changedOn, String changedBy, Instant changedAt) {
}
