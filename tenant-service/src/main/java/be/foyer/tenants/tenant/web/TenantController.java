package be.foyer.tenants.tenant.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.platform.security.Caller;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;
import be.foyer.tenants.audit.ReadSubject;
import be.foyer.tenants.tenant.FileAccess;
import be.foyer.tenants.tenant.NationalRegisterNumber;
import be.foyer.tenants.tenant.PossibleDuplicates;
import be.foyer.tenants.tenant.Tenant;
import be.foyer.tenants.tenant.TenantService;
import be.foyer.tenants.tenant.TenantStatus;
import be.foyer.tenants.tenant.web.TenantViews.PossibleDuplicate;
import be.foyer.tenants.tenant.web.TenantViews.TenantFile;
import be.foyer.tenants.tenant.web.TenantViews.TenantSummary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The organisation's tenant files. Volunteers read the files of the tenants assigned to them, nothing more. */
@Tag(name = "Tenants", description = "Register, find, read, change and erase the tenants an organisation follows.")
@RestController
@RequestMapping("/api/tenants")
@PreAuthorize("hasAnyRole('staff', 'coordinator')")
public class TenantController {

    private final TenantService tenants;
    private final FileAccess access;

    public TenantController(TenantService tenants, FileAccess access) {
        this.tenants = tenants;
        this.access = access;
    }

    @Operation(summary = "Register a tenant")
    @PostMapping
    public ResponseEntity<TenantFile> register(Caller caller, @Valid @RequestBody NewTenant request) {
        Tenant tenant = tenants.register(caller, request.registration());
        return ResponseEntity.created(URI.create("/api/tenants/" + tenant.id())).body(file(caller, tenant));
    }

    /**
     * @param q   words of the names (first, last, nickname), accents and case ignored ("helene" finds "Hélène")
     * @param ids instead of a search: the caller's tenants among these ids (at most 100), all on one page
     * @param notMetIn {@code YYYY-MM}: only the tenants with no follow-up that took place in that Brussels month
     */
    @Operation(summary = "List and search the organisation's tenants")
    @GetMapping
    @PreAuthorize("hasAnyRole('staff', 'coordinator', 'volunteer')")
    public PageResult<TenantSummary> list(Caller caller, @RequestParam(required = false) String q,
            @RequestParam(required = false) TenantStatus status, @RequestParam(required = false) List<String> ids,
            @RequestParam(required = false) String notMetIn, PageQuery page) {
        if (ids != null) {
            List<TenantSummary> found = tenants.withIds(caller, ids).stream().map(TenantSummary::of).toList();
            return new PageResult<>(found, 0, TenantService.MAX_IDS, found.size());
        }
        if (notMetIn != null) {
            return tenants.notMetIn(caller, notMetIn, q, status, page).map(TenantSummary::of);
        }
        return tenants.list(caller, q, status, page).map(TenantSummary::of);
    }

    /** Possible duplicates of a person about to be registered, best first (volunteers register nobody: 403). */
    @Operation(summary = "Find tenants that may be the same person (before registering)")
    @GetMapping("/matches")
    public PageResult<PossibleDuplicate> matches(Caller caller, @RequestParam(required = false) String firstName,
            @RequestParam(required = false) String lastName, @RequestParam(required = false) String preferredName,
            @RequestParam(required = false) LocalDate birthDate) {
        List<PossibleDuplicate> found = tenants.possibleDuplicates(caller,
                new PossibleDuplicates(firstName, lastName, preferredName, birthDate)).stream()
                .map(PossibleDuplicate::of).toList();
        return new PageResult<>(found, 0, PossibleDuplicates.MAX, found.size());
    }

    @Operation(summary = "Read a tenant's file")
    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('staff', 'coordinator', 'volunteer')")
    public TenantFile get(Caller caller, @PathVariable String id) {
        return file(caller, access.read(caller, id, ReadSubject.FILE));
    }

    @Operation(summary = "Change a tenant's file")
    @PatchMapping("/{id}")
    public TenantFile update(Caller caller, @PathVariable String id, @Valid @RequestBody TenantFields request) {
        return file(caller, tenants.update(caller, id, request.changes()));
    }

    /** The person's right to erasure: answers 204, and 404 for everything about the tenant from then on. */
    @Operation(summary = "Erase a tenant (right to be forgotten)")
    @DeleteMapping("/{id}")
    public ResponseEntity<Void> erase(Caller caller, @PathVariable String id) {
        tenants.erase(caller, id);
        return ResponseEntity.noContent().build();
    }

    private TenantFile file(Caller caller, Tenant tenant) {
        if (!FileAccess.isCaseWorker(caller)) {
            return TenantFile.of(tenant, null, null);
        }
        return TenantFile.of(tenant, tenants.nationalRegisterNumber(tenant)
                .map(NationalRegisterNumber::formatted).orElse(null), tenants.relays(tenant));
    }
}
