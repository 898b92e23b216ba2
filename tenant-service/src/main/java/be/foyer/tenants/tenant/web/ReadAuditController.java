package be.foyer.tenants.tenant.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.platform.security.Caller;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;
import be.foyer.tenants.audit.ReadAudit;
import be.foyer.tenants.tenant.FileAccess;
import be.foyer.tenants.tenant.Tenant;
import be.foyer.tenants.tenant.web.TenantViews.ReadView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Who read a tenant's file, for the organisation's coordinator. Listing it is not recorded as a read. Part of the
 * file's endpoints (the audit feature itself knows no tenant, only their ids).
 */
@Tag(name = "Read audit", description = "Who read a tenant's file, and when.")
@RestController
@PreAuthorize("hasRole('coordinator')")
public class ReadAuditController {

    private final FileAccess access;
    private final ReadAudit audit;

    public ReadAuditController(FileAccess access, ReadAudit audit) {
        this.access = access;
        this.audit = audit;
    }

    /** Latest first. */
    @Operation(summary = "List who read a tenant's file")
    @GetMapping("/api/tenants/{tenantId}/reads")
    public PageResult<ReadView> list(Caller caller, @PathVariable String tenantId, PageQuery page) {
        Tenant tenant = access.open(caller, tenantId);
        return audit.list(tenant.organisation(), tenant.id(), page).map(ReadView::of);
    }
}
