package be.foyer.tenants.plan;

import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;

import be.foyer.platform.domain.RuleViolationException;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.security.Caller;
import be.foyer.tenants.audit.ReadSubject;
import be.foyer.tenants.protection.ProtectedText;
import be.foyer.tenants.tenant.FileAccess;
import be.foyer.tenants.tenant.Tenant;

/**
 * A tenant's support plan: every revision is kept; the latest is the plan in force. Goal descriptions go to the
 * store sealed and come back opened through {@link ProtectedText}.
 */
@Service
public class SupportPlanService {

    private final FileAccess access;
    private final ProtectedText texts;
    private final SupportPlanStore store;
    private final Clock clock;

    public SupportPlanService(FileAccess access, ProtectedText texts, SupportPlanStore store, Clock clock) {
        this.access = access;
        this.texts = texts;
        this.store = store;
        this.clock = clock;
    }

    /** Every revision, latest first (empty when no plan was written yet); the read is recorded in the audit. */
    public List<PlanRevision> revisions(Caller caller, String tenantId) {
        Tenant tenant = access.read(caller, tenantId, ReadSubject.SUPPORT_PLAN);
        return revisions(tenant);
    }

    /** For an export the caller's read was already recorded for. */
    public List<PlanRevision> revisions(Tenant tenant) {
        UnaryOperator<String> opening = texts.opening(tenant.id());
        return store.all(tenant.organisation(), tenant.id()).stream()
                .map(revision -> revision.withDescriptions(opening)).toList();
    }

    /** Adds a revision; answers every revision, latest first, the new one included. */
    public List<PlanRevision> revise(Caller caller, String tenantId, List<Goal> goals) {
        Tenant tenant = access.open(caller, tenantId);
        FieldChecks checks = new FieldChecks();
        Goal.check(goals, checks);
        checks.throwIfAny();
        int number = store.latestRevision(tenant.organisation(), tenantId) + 1;
        PlanRevision revision = new PlanRevision(tenantId, number,
                goals.stream().map(goal -> new Goal(goal.domain(), goal.description().strip(), goal.status(),
                        goal.startDate(), goal.targetDate())).toList(),
                caller.author(), clock.instant());
        if (!store.add(tenant.organisation(), revision.withDescriptions(texts.sealing(tenantId)))) {
            throw new RuleViolationException("Someone else revised this plan meanwhile; reload it and try again.");
        }
        return revisions(tenant);
    }
}
