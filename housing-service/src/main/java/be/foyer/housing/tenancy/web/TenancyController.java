package be.foyer.housing.tenancy.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
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

import be.foyer.housing.address.web.AddressView;
import be.foyer.housing.dwelling.Dwelling;
import be.foyer.housing.dwelling.HousingModel;
import be.foyer.housing.tenancy.EndReason;
import be.foyer.housing.tenancy.MoveIn;
import be.foyer.housing.tenancy.Tenancy;
import be.foyer.housing.tenancy.TenancyService;
import be.foyer.housing.tenancy.TenancyService.TenancyInPlace;
import be.foyer.platform.security.Caller;
import be.foyer.platform.validation.PlausibleDate;
import be.foyer.platform.validation.SingleLineText;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The organisation's tenancies: moving tenants in and recording how their tenancies end. The bodies' rules are
 * checked together with those that need the dwelling or the tenancy ({@link MoveIn}, {@link Tenancy#checkEnd}), so
 * that one 400 names every field at fault; only what no rule needs to see (control characters, implausible dates,
 * an id longer than any id) is refused by annotations before them.
 */
@Tag(name = "Tenancies", description = "Tenants moving into and out of dwellings.")
@RestController
@RequestMapping("/api/tenancies")
@PreAuthorize("hasAnyRole('staff', 'coordinator')")
public class TenancyController {

    private final TenancyService tenancies;

    public TenancyController(TenancyService tenancies) {
        this.tenancies = tenancies;
    }

    @Operation(summary = "Start a tenancy (a tenant moves in)")
    @PostMapping
    public ResponseEntity<TenancyView> start(Caller caller, @Valid @RequestBody StartTenancy request) {
        String organisation = caller.requireOrganisation();
        Tenancy tenancy = tenancies.start(organisation, request.moveIn(), caller.author());
        return ResponseEntity.created(URI.create("/api/tenancies/" + tenancy.id()))
                .body(view(organisation, tenancy));
    }

    @Operation(summary = "List tenancies")
    @GetMapping
    public PageResult<TenancyView> list(Caller caller, PageQuery page,
            @RequestParam(required = false) String dwellingId, @RequestParam(required = false) String tenantId,
            @RequestParam(required = false) Boolean running) {
        String organisation = caller.requireOrganisation();
        PageResult<Tenancy> found = tenancies.list(organisation, blankToNull(dwellingId), blankToNull(tenantId),
                running, page);
        List<TenancyView> items = tenancies.inPlace(organisation, found.items()).stream().map(TenancyView::of)
                .toList();
        return new PageResult<>(items, found.page(), found.size(), found.total());
    }

    @Operation(summary = "Read a tenancy")
    @GetMapping("/{id}")
    public TenancyView get(Caller caller, @PathVariable String id) {
        String organisation = caller.requireOrganisation();
        return view(organisation, tenancies.get(organisation, id));
    }

    @Operation(summary = "End a tenancy (the tenant moves out)")
    @PostMapping("/{id}/end")
    public TenancyView end(Caller caller, @PathVariable String id, @Valid @RequestBody EndTenancy request) {
        String organisation = caller.requireOrganisation();
        return view(organisation, tenancies.end(organisation, id, request.endDate(), request.reason()));
    }

    private TenancyView view(String organisation, Tenancy tenancy) {
        return TenancyView.of(tenancies.inPlace(organisation, List.of(tenancy)).get(0));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Checked by {@link MoveIn}: tenantId, dwellingId and moveInDate required, room by the dwelling and at most
     * {@value MoveIn#ROOM_MAX} characters (documented here, checked there with the other rules in one pass).
     */
    public record StartTenancy(@Size(max = 64, message = "must be at most 64 characters") @SingleLineText String tenantId, @Size(max = 64, message = "must be at most 64 characters") @SingleLineText String dwellingId,
            @Schema(maxLength = MoveIn.ROOM_MAX) @SingleLineText String room, @PlausibleDate(yearsBack = 50, yearsAhead = 2) LocalDate moveInDate,
            @PlausibleDate(yearsBack = 50, yearsAhead = 30) LocalDate plannedEnd, Long rentShareCents) {

        MoveIn moveIn() {
            return new MoveIn(blankToNull(tenantId), blankToNull(dwellingId), blankToNull(room), moveInDate,
                    plannedEnd, rentShareCents);
        }
    }

    /** Checked by {@link Tenancy#checkEnd}: both required. */
    public record EndTenancy(@PlausibleDate(yearsBack = 50, yearsAhead = 2) LocalDate endDate, EndReason reason) {
    }

    /**
     * A tenancy with what a page shows without looking anything else up: the dwelling's one-line
     * {@code dwellingLabel} and {@code dwellingAddress}, and the site's name when the dwelling is on a site.
     */
    public record TenancyView(String id, String tenantId, String dwellingId, String dwellingLabel,
            AddressView dwellingAddress, String siteId, String siteName, HousingModel housingModel, String room,
            LocalDate moveInDate, LocalDate plannedEnd, Long rentShareCents, boolean running, LocalDate endDate,
            EndReason endReason) {
        static TenancyView of(TenancyInPlace found) {
            Tenancy tenancy = found.tenancy();
            Dwelling dwelling = found.dwelling();
            return new TenancyView(tenancy.id(), tenancy.tenantId(), tenancy.dwellingId(),
                    dwelling == null ? null : dwelling.address().label(),
                    dwelling == null ? null : AddressView.of(dwelling.address()), tenancy.siteId(), found.siteName(),
                    tenancy.housingModel(), tenancy.room(), tenancy.moveInDate(), tenancy.plannedEnd(),
                    tenancy.rentShareCents(), tenancy.isRunning(), tenancy.endDate(), tenancy.endReason());
        }
    }
}
