package be.foyer.tenants.plan;

import java.time.Instant;
import java.util.List;

/** One version of a tenant's support plan, numbered from 1, with who wrote it and when (username). */
public record PlanRevision(String tenantId, int revision, List<Goal> goals, String revisedBy, Instant revisedAt) {
}
