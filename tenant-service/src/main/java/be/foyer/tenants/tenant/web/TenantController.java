package be.foyer.tenants.tenant.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.platform.security.Caller;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;
import be.foyer.tenants.tenant.Tenant;
import be.foyer.tenants.tenant.TenantService;

/** The organisation's tenant files. Volunteers get their assigned tenants once assignments exist (issue 3). */
@RestController
@RequestMapping("/api/tenants")
@PreAuthorize("hasAnyRole('staff', 'coordinator')")
public class TenantController {

    private final TenantService tenants;

    public TenantController(TenantService tenants) {
        this.tenants = tenants;
    }

    @PostMapping
    public ResponseEntity<TenantView> register(Caller caller, @Valid @RequestBody RegisterTenant request) {
        Tenant tenant = tenants.register(caller.requireOrganisation(), request.firstName(), request.lastName(),
                caller.userId());
        return ResponseEntity.created(URI.create("/api/tenants/" + tenant.id())).body(TenantView.of(tenant));
    }

    @GetMapping
    public PageResult<TenantView> list(Caller caller, PageQuery page) {
        return tenants.list(caller.requireOrganisation(), page).map(TenantView::of);
    }

    @GetMapping("/{id}")
    public TenantView get(Caller caller, @PathVariable String id) {
        return TenantView.of(tenants.get(caller.requireOrganisation(), id));
    }

    public record RegisterTenant(
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String firstName,
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String lastName) {
    }

    public record TenantView(String id, String firstName, String lastName, String registeredOn) {
        static TenantView of(Tenant tenant) {
            return new TenantView(tenant.id(), tenant.firstName(), tenant.lastName(),
                    tenant.registeredOn().toString());
        }
    }
}
