package be.foyer.tenants.tenant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import be.foyer.events.DomainEvent;
import be.foyer.events.tenants.TenantRelayed;
import be.foyer.events.tenants.TenantStatusChanged;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.security.Caller;

/** Hands a tenant over to another service: the relay is kept, the status becomes {@code RELAYED}. */
@Service
public class RelayRecorder {

    private final TenantService tenants;
    private final Clock clock;

    public RelayRecorder(TenantService tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    public Relay record(Caller caller, String tenantId, RelayRequest request) {
        Tenant before = tenants.open(caller, tenantId);
        LocalDate today = tenants.today();
        FieldChecks checks = new FieldChecks();
        request.check(checks, today);
        checks.throwIfAny();
        LocalDate date = request.dateOr(today);
        Instant now = clock.instant();
        String contact = request.contact() == null || request.contact().isBlank() ? null : request.contact().strip();
        Relay relay = new Relay(UUID.randomUUID().toString(), request.service(), date, request.handoverUntil(),
                tenants.cipher(before).seal(contact), caller.username(), now);
        Tenant after = before.withRelay(relay);
        List<DomainEvent> events = new ArrayList<>();
        if (before.status() != TenantStatus.RELAYED) {
            after = after.withStatus(new StatusChange(TenantStatus.RELAYED, date, caller.username(), now));
            events.add(new TenantStatusChanged(tenantId, TenantStatus.RELAYED.name(), before.status().name(), date));
        }
        events.add(new TenantRelayed(tenantId, date, request.service().name()));
        tenants.save(before, after, tenants.events(after, now, events.toArray(DomainEvent[]::new)));
        return relay;
    }
}
