package be.foyer.tenants.tenant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import be.foyer.events.DomainEvent;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.security.Caller;

/**
 * Consent per purpose. Each answer that changes something is kept in the history and announced with
 * {@code ConsentChanged}, so that a revocation takes effect downstream; the federation key travels only with
 * {@code FEDERATION_STATISTICS} granted and a national register number known.
 */
@Service
public class ConsentService {

    private final TenantService tenants;
    private final FileAccess access;
    private final Clock clock;

    public ConsentService(TenantService tenants, FileAccess access, Clock clock) {
        this.tenants = tenants;
        this.access = access;
        this.clock = clock;
    }

    /** Records the decisions; answers the tenant as saved. Repeating the current answer changes nothing. */
    public Tenant record(Caller caller, String tenantId, List<ConsentDecision> decisions) {
        Tenant before = access.open(caller, tenantId);
        LocalDate today = tenants.today();
        FieldChecks checks = new FieldChecks();
        ConsentDecision.check(decisions, checks, today);
        checks.throwIfAny();
        Instant now = clock.instant();
        List<Consent> changes = new ArrayList<>();
        for (ConsentDecision decision : decisions) {
            Consent current = before.consents().get(decision.purpose());
            boolean unchanged = current == null ? !decision.granted() : current.granted() == decision.granted();
            if (!unchanged) {
                changes.add(new Consent(decision.purpose(), decision.granted(),
                        decision.date() == null ? today : decision.date(), caller.author(), now));
            }
        }
        if (changes.isEmpty()) {
            return before;
        }
        Tenant after = before.withConsents(changes);
        String federationKey = tenants.federationKey(after);
        List<DomainEvent> events = new ArrayList<>();
        for (Consent consent : changes) {
            events.add(TenantEvents.consentChanged(tenantId, consent, federationKey));
        }
        tenants.save(before, after, TenantEvents.changed(before, after, now, events));
        return after;
    }
}
