package be.foyer.tenants.export.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.platform.security.Caller;
import be.foyer.tenants.audit.ReadAudit;
import be.foyer.tenants.audit.ReadSubject;
import be.foyer.tenants.followup.FollowUpService;
import be.foyer.tenants.followup.web.FollowUpViews.FollowUpView;
import be.foyer.tenants.plan.SupportPlanService;
import be.foyer.tenants.plan.web.SupportPlanController.SupportPlan;
import be.foyer.tenants.tenant.FileAccess;
import be.foyer.tenants.tenant.NationalRegisterNumber;
import be.foyer.tenants.tenant.Tenant;
import be.foyer.tenants.tenant.TenantService;
import be.foyer.tenants.tenant.web.ConsentController.ConsentView;
import be.foyer.tenants.tenant.web.ConsentController.Consents;
import be.foyer.tenants.tenant.web.TenantViews.ReadView;
import be.foyer.tenants.tenant.web.TenantViews.TenantFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The person's right of access: everything kept about them, decrypted, as one JSON document. For staff and
 * coordinators, who hand it to the person. The export itself is recorded as a read, and listed in it.
 */
@Tag(name = "Tenant export",
        description = "Everything held about one tenant, for the person's right of access.")
@RestController
@PreAuthorize("hasAnyRole('staff', 'coordinator')")
public class ExportController {

    private final TenantService tenants;
    private final FileAccess access;
    private final FollowUpService followUps;
    private final SupportPlanService plans;
    private final ReadAudit audit;
    private final Clock clock;

    public ExportController(TenantService tenants, FileAccess access, FollowUpService followUps,
            SupportPlanService plans, ReadAudit audit, Clock clock) {
        this.tenants = tenants;
        this.access = access;
        this.followUps = followUps;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    @Operation(summary = "Export everything held about a tenant")
    @GetMapping("/api/tenants/{tenantId}/export")
    public TenantExport export(Caller caller, @PathVariable String tenantId) {
        Tenant tenant = access.read(caller, tenantId, ReadSubject.EXPORT);
        return new TenantExport(clock.instant(), caller.author().name(),
                TenantFile.of(tenant, tenants.nationalRegisterNumber(tenant).map(NationalRegisterNumber::formatted)
                        .orElse(null), tenants.relays(tenant)),
                Consents.of(tenant).consents(),
                tenant.consentHistory().stream().map(consent -> ConsentView.of(consent.purpose(), consent)).toList(),
                followUps.all(caller, tenant).stream().map(FollowUpView::of).toList(),
                SupportPlan.of(tenantId, plans.revisions(tenant)),
                audit.all(tenant.organisation(), tenantId).stream().map(ReadView::of).toList());
    }

    /** The file (with status history and relays), consents now and over time, follow-ups, plan, reads. */
    public record TenantExport(Instant exportedAt, String exportedBy, TenantFile file, List<ConsentView> consents,
            List<ConsentView> consentHistory, List<FollowUpView> followUps, SupportPlan supportPlan,
            List<ReadView> reads) {
    }
}
