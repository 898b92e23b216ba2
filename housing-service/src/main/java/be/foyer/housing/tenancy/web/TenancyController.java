package be.foyer.housing.tenancy.web;

import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.housing.dwelling.HousingModel;
import be.foyer.housing.tenancy.EndReason;
import be.foyer.housing.tenancy.Tenancy;
import be.foyer.housing.tenancy.TenancyService;
import be.foyer.platform.security.Caller;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/** The organisation's tenancies: moving tenants in and recording how their tenancies end. */
@RestController
@RequestMapping("/api/tenancies")
@PreAuthorize("hasAnyRole('staff', 'coordinator')")
public class TenancyController {

    private final TenancyService tenancies;

    public TenancyController(TenancyService tenancies) {
        this.tenancies = tenancies;
    }

    @PostMapping
    public ResponseEntity<TenancyView> start(Caller caller, @Valid @RequestBody StartTenancy request) {
        Tenancy tenancy = tenancies.start(caller.requireOrganisation(), request.tenantId().strip(),
                request.dwellingId().strip(), blankToNull(request.room()), request.moveInDate(), request.plannedEnd(),
                request.rentShareCents(), caller.userId());
        return ResponseEntity.created(URI.create("/api/tenancies/" + tenancy.id())).body(TenancyView.of(tenancy));
    }

    @GetMapping
    public PageResult<TenancyView> list(Caller caller, PageQuery page,
            @RequestParam(required = false) String dwellingId, @RequestParam(required = false) String tenantId,
            @RequestParam(required = false) Boolean running) {
        return tenancies.list(caller.requireOrganisation(), blankToNull(dwellingId), blankToNull(tenantId), running,
                page).map(TenancyView::of);
    }

    @GetMapping("/{id}")
    public TenancyView get(Caller caller, @PathVariable String id) {
        return TenancyView.of(tenancies.get(caller.requireOrganisation(), id));
    }

    @PostMapping("/{id}/end")
    public TenancyView end(Caller caller, @PathVariable String id, @Valid @RequestBody EndTenancy request) {
        return TenancyView.of(tenancies.end(caller.requireOrganisation(), id, request.endDate(), request.reason()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public record StartTenancy(
            @NotBlank(message = "is required") String tenantId,
            @NotBlank(message = "is required") String dwellingId,
            @Size(max = 40, message = "must be at most 40 characters") String room,
            @NotNull(message = "is required (YYYY-MM-DD)") LocalDate moveInDate,
            LocalDate plannedEnd,
            @PositiveOrZero(message = "must be 0 or more (euro cents)") Long rentShareCents) {
    }

    public record EndTenancy(
            @NotNull(message = "is required (YYYY-MM-DD)") LocalDate endDate,
            @NotNull(message = "is required: MOVED_ON, RELAYED, EVICTION, RETURN_TO_STREET, HOSPITAL, PRISON, DEATH or OTHER")
            EndReason reason) {
    }

    public record TenancyView(String id, String tenantId, String dwellingId, String siteId,
            HousingModel housingModel, String room, LocalDate moveInDate, LocalDate plannedEnd, Long rentShareCents,
            boolean running, LocalDate endDate, EndReason endReason) {
        static TenancyView of(Tenancy tenancy) {
            return new TenancyView(tenancy.id(), tenancy.tenantId(), tenancy.dwellingId(), tenancy.siteId(),
                    tenancy.housingModel(), tenancy.room(), tenancy.moveInDate(), tenancy.plannedEnd(),
                    tenancy.rentShareCents(), tenancy.isRunning(), tenancy.endDate(), tenancy.endReason());
        }
    }
}
