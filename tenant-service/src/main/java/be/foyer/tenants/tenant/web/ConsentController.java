package be.foyer.tenants.tenant.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.problem.SelfChecking;
import be.foyer.platform.security.Caller;
import be.foyer.platform.validation.PlausibleDate;
import be.foyer.tenants.audit.ReadSubject;
import be.foyer.tenants.tenant.Consent;
import be.foyer.tenants.tenant.ConsentDecision;
import be.foyer.events.tenants.ConsentPurpose;
import be.foyer.tenants.tenant.ConsentService;
import be.foyer.tenants.tenant.Tenant;
import be.foyer.tenants.tenant.FileAccess;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A tenant's consent per purpose; every purpose is listed, never given until recorded as given. */
@Tag(name = "Consents", description = "What a tenant agreed to (federation statistics, shared activities, "
        + "photos), with the date of each choice.")
@RestController
@RequestMapping("/api/tenants/{tenantId}/consents")
@PreAuthorize("hasAnyRole('staff', 'coordinator')")
public class ConsentController {

    private final FileAccess access;
    private final ConsentService consents;

    public ConsentController(FileAccess access, ConsentService consents) {
        this.access = access;
        this.consents = consents;
    }

    @Operation(summary = "Read a tenant's consents")
    @GetMapping
    public Consents get(Caller caller, @PathVariable String tenantId) {
        return Consents.of(access.read(caller, tenantId, ReadSubject.CONSENTS));
    }

    /** Only the purposes listed change; an answer equal to the current one records nothing. */
    @Operation(summary = "Record a tenant's consents")
    @PutMapping
    public Consents record(Caller caller, @PathVariable String tenantId, @Valid @RequestBody RecordConsents request) {
        return Consents.of(consents.record(caller, tenantId, request.decisions()));
    }

    public record RecordConsents(
            @NotNull(message = "is required: a list of {purpose, granted, date}")
            @Size(min = 1, max = 3, message = "must hold 1 to 3 consents") List<@Valid ConsentInput> consents)
            implements SelfChecking {

        @Override
        public void check(FieldChecks checks) {
            if (consents != null && !consents.contains(null)) {
                ConsentDecision.check(decisions(), checks, NewTenant.today());
            }
        }

        List<ConsentDecision> decisions() {
            return consents.stream().map(consent -> new ConsentDecision(consent.purpose(),
                    Boolean.TRUE.equals(consent.granted()), consent.date())).toList();
        }
    }

    /** @param date when the person gave or withdrew it; defaults to today */
    public record ConsentInput(
            @NotNull(message = "is required") ConsentPurpose purpose,
            @NotNull(message = "is required (true or false)") Boolean granted,
            @PlausibleDate(yearsBack = 20, yearsAhead = -1) LocalDate date) {
    }

    public record Consents(String tenantId, List<ConsentView> consents) {
        public static Consents of(Tenant tenant) {
            return new Consents(tenant.id(), Arrays.stream(ConsentPurpose.values())
                    .map(purpose -> ConsentView.of(purpose, tenant.consents().get(purpose))).toList());
        }
    }

    /** {@code revocable} is always true: any consent can be withdrawn with a PUT. */
    public record ConsentView(ConsentPurpose purpose, boolean granted, LocalDate changedOn, String recordedBy,
            boolean revocable) {
        public static ConsentView of(ConsentPurpose purpose, Consent consent) {
            return consent == null ? new ConsentView(purpose, false, null, null, true)
                    : new ConsentView(purpose, consent.granted(), consent.changedOn(), consent.recordedBy().name(), true);
        }
    }
}
