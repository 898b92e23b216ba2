package be.foyer.tenants.audit.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.platform.security.Caller;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;
import be.foyer.tenants.audit.FileRead;
import be.foyer.tenants.audit.ReadAudit;
import be.foyer.tenants.tenant.Tenant;
import be.foyer.tenants.tenant.TenantService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who read a tenant's file, for the organisation's coordinator. Listing it is not recorded as a read. */
@Tag(name = "Read audit", description = "Who read a tenant's file, and when.")
@RestController
@PreAuthorize("hasRole('coordinator')")
public class ReadAuditController {

    private final TenantService tenants;
    private final ReadAudit audit;

    public ReadAuditController(TenantService tenants, ReadAudit audit) {
        this.tenants = tenants;
        this.audit = audit;
    }

    /** Latest first. */
    @Operation(summary = "List who read a tenant's file")
    @GetMapping("/api/tenants/{tenantId}/reads")
    public PageResult<FileRead> list(Caller caller, @PathVariable String tenantId, PageQuery page) {
        Tenant tenant = tenants.open(caller, tenantId);
        return audit.list(tenant.organisation(), tenant.id(), page);
    }
}
