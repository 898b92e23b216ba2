package be.foyer.tenants.audit;

import java.time.Instant;

/** A file a worker read lately, and when they last did. */
public record RecentFile(String tenantId, Instant openedAt) {
}
