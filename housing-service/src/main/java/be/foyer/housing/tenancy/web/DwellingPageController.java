package be.foyer.housing.tenancy.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.housing.dwelling.DwellingService;
import be.foyer.housing.dwelling.web.DwellingController.DwellingView;
import be.foyer.housing.tenancy.EndReason;
import be.foyer.housing.tenancy.Tenancy;
import be.foyer.housing.tenancy.TenancyService;
import be.foyer.platform.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A dwelling's page: the dwelling with its tenancies. Served here rather than beside the other dwelling endpoints
 * because it shows both features, and tenancies depend on dwellings, never the reverse.
 */
@Tag(name = "Dwellings", description = "Homes and rooms that can be let, with their tenancies.")
@RestController
@PreAuthorize("hasAnyRole('staff', 'coordinator')")
public class DwellingPageController {

    private final DwellingService dwellings;
    private final TenancyService tenancies;

    public DwellingPageController(DwellingService dwellings, TenancyService tenancies) {
        this.dwellings = dwellings;
        this.tenancies = tenancies;
    }

    /** The dwelling with its tenancies: every running one and the latest ended ones. */
    @Operation(summary = "Read a dwelling and its tenancies")
    @GetMapping("/api/dwellings/{id}")
    public DwellingPage get(Caller caller, @PathVariable String id) {
        String organisation = caller.requireOrganisation();
        DwellingView dwelling = DwellingView.of(dwellings.get(organisation, id));
        return new DwellingPage(dwelling,
                tenancies.ofDwelling(organisation, id).stream().map(DwellingTenancy::of).toList());
    }

    /** The dwelling as lists show it, with its tenancies. */
    public record DwellingPage(@JsonUnwrapped DwellingView dwelling, List<DwellingTenancy> tenancies) {
    }

    /** One of a dwelling's tenancies on its page; the tenant's name is tenant-service's to give. */
    public record DwellingTenancy(String id, String tenantId, String room, LocalDate moveInDate,
            LocalDate plannedEnd, boolean running, LocalDate endDate, EndReason endReason) {
        static DwellingTenancy of(Tenancy tenancy) {
            return new DwellingTenancy(tenancy.id(), tenancy.tenantId(), tenancy.room(), tenancy.moveInDate(),
                    tenancy.plannedEnd(), tenancy.isRunning(), tenancy.endDate(), tenancy.endReason());
        }
    }
}
