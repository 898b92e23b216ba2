package be.foyer.tenants.plan;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import be.foyer.platform.domain.Author;

/** One version of a tenant's support plan, numbered from 1, with who wrote it and when. */
public record PlanRevision(String tenantId, int revision, List<Goal> goals, Author revisedBy, Instant revisedAt) {

    /** The same revision with each goal's description passed through {@code how}: sealing or opening it. */
    public PlanRevision withDescriptions(UnaryOperator<String> how) {
        return new PlanRevision(tenantId, revision, goals.stream().map(goal -> new Goal(goal.domain(),
                how.apply(goal.description()), goal.status(), goal.startDate(), goal.targetDate())).toList(),
                revisedBy, revisedAt);
    }
}
