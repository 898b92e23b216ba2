package be.foyer.tenants.tenant;

import java.time.Instant;
import java.time.LocalDate;

import be.foyer.platform.domain.Author;

/** One step of a tenant's status history, and who made it. */
public record StatusChange(TenantStatus status, LocalDate changedOn, Author changedBy, Instant changedAt) {
}
