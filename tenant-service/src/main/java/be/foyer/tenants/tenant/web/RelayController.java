package be.foyer.tenants.tenant.web;

import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.problem.SelfChecking;
import be.foyer.platform.security.Caller;
import be.foyer.platform.validation.PlausibleDate;
import be.foyer.platform.validation.SingleLineText;
import be.foyer.tenants.tenant.ReceivingService;
import be.foyer.tenants.tenant.RelayRecorder;
import be.foyer.tenants.tenant.RelayRequest;
import be.foyer.tenants.tenant.web.TenantViews.RelayView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Handovers to other services; they are listed in the tenant file ({@code relays}). */
@Tag(name = "Relays", description = "Record that a tenant is handed over to another service.")
@RestController
@RequestMapping("/api/tenants/{tenantId}/relays")
@PreAuthorize("hasAnyRole('staff', 'coordinator')")
public class RelayController {

    private final RelayRecorder relays;

    public RelayController(RelayRecorder relays) {
        this.relays = relays;
    }

    @Operation(summary = "Record a relay to another service")
    @PostMapping
    public ResponseEntity<RelayView> record(Caller caller, @PathVariable String tenantId,
            @Valid @RequestBody RecordRelay request) {
        return ResponseEntity.created(URI.create("/api/tenants/" + tenantId))
                .body(RelayView.of(relays.record(caller, tenantId, request.toRequest())));
    }

    /**
     * @param date          of the handover, default today, not in the future
     * @param handoverUntil end of the period this organisation stays involved, not before {@code date}
     * @param contact       the person to call at the receiving service
     */
    public record RecordRelay(
            @NotNull(message = "is required") ReceivingService service,
            @PlausibleDate(yearsBack = 10, yearsAhead = -1) LocalDate date,
            @PlausibleDate(yearsBack = 10, yearsAhead = -1) LocalDate handoverUntil,
            @Size(max = 300, message = "must be at most 300 characters") @SingleLineText String contact) implements SelfChecking {

        @Override
        public void check(FieldChecks checks) {
            toRequest().check(checks, NewTenant.today());
        }

        RelayRequest toRequest() {
            return new RelayRequest(service, date, handoverUntil, contact);
        }
    }
}
