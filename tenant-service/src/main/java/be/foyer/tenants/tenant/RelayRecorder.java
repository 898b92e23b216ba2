package be.foyer.tenants.tenant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import be.foyer.events.tenants.TenantRelayed;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.security.Caller;
import be.foyer.tenants.protection.ProtectedText;

/** Hands a tenant over to another service: the relay is kept, the status becomes {@code RELAYED}. */
@Service
public class RelayRecorder {

    private final TenantService tenants;
    private final FileAccess access;
    private final ProtectedText texts;
    private final Clock clock;

    public RelayRecorder(TenantService tenants, FileAccess access, ProtectedText texts, Clock clock) {
        this.tenants = tenants;
        this.access = access;
        this.texts = texts;
        this.clock = clock;
    }

    /** Answers the relay as recorded, with its contact as given. */
    public OpenedRelay record(Caller caller, String tenantId, RelayRequest request) {
        Tenant before = access.open(caller, tenantId);
        LocalDate today = tenants.today();
        FieldChecks checks = new FieldChecks();
        request.check(checks, today);
        checks.throwIfAny();
        LocalDate date = request.dateOr(today);
        Instant now = clock.instant();
        String contact = request.contact() == null || request.contact().isBlank() ? null : request.contact().strip();
        Relay relay = new Relay(UUID.randomUUID().toString(), request.service(), date, request.handoverUntil(),
                texts.seal(tenantId, contact), caller.author(), now);
        Tenant after = before.withRelay(relay);
        if (before.status() != TenantStatus.RELAYED) {
            after = after.withStatus(new StatusChange(TenantStatus.RELAYED, date, caller.author(), now));
        }
        tenants.save(before, after, TenantEvents.changed(before, after, now,
                List.of(new TenantRelayed(tenantId, date, request.service().name()))));
        return new OpenedRelay(relay, contact);
    }
}
