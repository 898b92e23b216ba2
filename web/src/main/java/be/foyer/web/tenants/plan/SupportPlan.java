package be.foyer.web.tenants.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/tenants/{id}/support-plan}: the plan in force (revision 0, no goals, before the first) and every
 * revision, latest first.
 */
public record SupportPlan(int revision, List<Goal> goals, String revisedBy, Instant revisedAt,
        List<Revision> revisions) {

    public record Goal(String domain, String description, String status, LocalDate startDate, LocalDate targetDate) {
    }

    public record Revision(int revision, List<Goal> goals, String revisedBy, Instant revisedAt) {
    }

    public List<Goal> currentGoals() {
        return goals == null ? List.of() : goals;
    }

    public List<Revision> history() {
        return revisions == null ? List.of() : revisions;
    }

    /** The goals per life domain, domains in the order they first appear (the order the workers wrote them). */
    public Map<String, List<Goal>> goalsByDomain() {
        Map<String, List<Goal>> byDomain = new LinkedHashMap<>();
        for (Goal goal : currentGoals()) {
            byDomain.computeIfAbsent(goal.domain(), domain -> new java.util.ArrayList<>()).add(goal);
        }
        return byDomain;
    }
}
