package be.foyer.housing.dwelling.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.housing.address.web.AddressInput;
import be.foyer.housing.address.web.AddressView;
import be.foyer.housing.dwelling.CapacityUnit;
import be.foyer.housing.dwelling.Dwelling;
import be.foyer.housing.dwelling.DwellingDetails;
import be.foyer.housing.dwelling.DwellingFilter;
import be.foyer.housing.dwelling.DwellingService;
import be.foyer.housing.dwelling.DwellingStatus;
import be.foyer.housing.dwelling.EnergyClass;
import be.foyer.housing.dwelling.HousingModel;
import be.foyer.housing.dwelling.LandlordKind;
import be.foyer.housing.dwelling.StatusChange;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.problem.SelfChecking;
import be.foyer.platform.security.Caller;
import be.foyer.platform.validation.SingleLineText;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The organisation's dwellings; {@code ?status=AVAILABLE} lists those with a free place. A dwelling's page
 * ({@code GET /api/dwellings/{id}}, with its tenancies) is served by the tenancy feature's
 * {@code DwellingPageController}: tenancies depend on dwellings, never the reverse.
 */
@Tag(name = "Dwellings", description = "Homes and rooms that can be let, with their tenancies.")
@RestController
@RequestMapping("/api/dwellings")
@PreAuthorize("hasAnyRole('staff', 'coordinator')")
public class DwellingController {

    private final DwellingService dwellings;

    public DwellingController(DwellingService dwellings) {
        this.dwellings = dwellings;
    }

    @Operation(summary = "Register a dwelling")
    @PostMapping
    public ResponseEntity<DwellingView> register(Caller caller, @Valid @RequestBody RegisterDwelling request) {
        Dwelling dwelling = dwellings.register(caller.requireOrganisation(), request.address().toAddress(),
                blankToNull(request.siteId()), request.housingModel(), request.capacity(), request.capacityUnit(),
                request.details(), caller.author());
        return ResponseEntity.created(URI.create("/api/dwellings/" + dwelling.id())).body(DwellingView.of(dwelling));
    }

    /** {@code municipality} ignores accents and case and knows Brussels communes by their Dutch names too. */
    @Operation(summary = "List dwellings")
    @GetMapping
    public PageResult<DwellingView> list(Caller caller, PageQuery page,
            @RequestParam(required = false) DwellingStatus status,
            @RequestParam(required = false) HousingModel housingModel,
            @RequestParam(required = false) String municipality, @RequestParam(required = false) String siteId) {
        DwellingFilter filter = new DwellingFilter(status, housingModel, blankToNull(municipality),
                blankToNull(siteId));
        return dwellings.list(caller.requireOrganisation(), filter, page).map(DwellingView::of);
    }

    @Operation(summary = "Change a dwelling")
    @PatchMapping("/{id}")
    public DwellingView change(Caller caller, @PathVariable String id, @Valid @RequestBody ChangeDwelling request) {
        return DwellingView.of(dwellings.change(caller.requireOrganisation(), id, request.status(),
                request.details()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public record RegisterDwelling(
            @NotNull(message = "is required") @Valid AddressInput address,
            @Size(max = 64, message = "must be at most 64 characters") @SingleLineText String siteId,
            HousingModel housingModel,
            @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
            @Max(value = 50, message = "must be at most 50") Integer capacity,
            CapacityUnit capacityUnit,
            @Min(value = 0, message = "must be 0 or more") @Max(value = 50, message = "must be at most 50") Integer rooms,
            @Min(value = 0, message = "must be 0 or more") @Max(value = 50, message = "must be at most 50")
            Integer bedrooms,
            @Min(value = -3, message = "must be -3 (basement) or more") @Max(value = 60, message = "must be at most 60")
            Integer floor,
            Boolean stepFree,
            LandlordKind landlordKind,
            @Size(max = 100, message = "must be at most 100 characters") @SingleLineText String landlordReference,
            @PositiveOrZero(message = "must be 0 or more (euro cents)") Long monthlyRentCents,
            @PositiveOrZero(message = "must be 0 or more (euro cents)") Long monthlyChargesCents,
            EnergyClass energyClass) {

        DwellingDetails details() {
            return new DwellingDetails(rooms, bedrooms, floor, stepFree, landlordKind, blankToNull(landlordReference),
                    monthlyRentCents, monthlyChargesCents, energyClass);
        }
    }

    /** A PATCH: what is given changes, what is absent stays. */
    public record ChangeDwelling(
            DwellingStatus status,
            @Min(value = 0, message = "must be 0 or more") @Max(value = 50, message = "must be at most 50") Integer rooms,
            @Min(value = 0, message = "must be 0 or more") @Max(value = 50, message = "must be at most 50")
            Integer bedrooms,
            @Min(value = -3, message = "must be -3 (basement) or more") @Max(value = 60, message = "must be at most 60")
            Integer floor,
            Boolean stepFree,
            LandlordKind landlordKind,
            @Size(max = 100, message = "must be at most 100 characters") @SingleLineText String landlordReference,
            @PositiveOrZero(message = "must be 0 or more (euro cents)") Long monthlyRentCents,
            @PositiveOrZero(message = "must be 0 or more (euro cents)") Long monthlyChargesCents,
            EnergyClass energyClass) implements SelfChecking {

        @Override
        public void check(FieldChecks checks) {
            checks.require(status != DwellingStatus.OCCUPIED, "status", FieldErrorCode.NOT_ALLOWED,
                    "OCCUPIED follows the tenancies: set AVAILABLE, WORKS or WITHDRAWN");
        }

        DwellingDetails details() {
            return new DwellingDetails(rooms, bedrooms, floor, stepFree, landlordKind, blankToNull(landlordReference),
                    monthlyRentCents, monthlyChargesCents, energyClass);
        }
    }

    /** A dwelling in lists and changes; its page adds its tenancies ({@code DwellingPageController}). */
    public record DwellingView(String id, String siteId, AddressView address, HousingModel housingModel,
            int capacity, CapacityUnit capacityUnit, int occupied, int freePlaces, Integer rooms, Integer bedrooms,
            Integer floor, Boolean stepFree, LandlordKind landlordKind, String landlordReference,
            Long monthlyRentCents, Long monthlyChargesCents, EnergyClass energyClass, DwellingStatus status,
            List<StatusChange> statusHistory) {
        public static DwellingView of(Dwelling dwelling) {
            DwellingDetails details = dwelling.details();
            return new DwellingView(dwelling.id(), dwelling.siteId(), AddressView.of(dwelling.address()),
                    dwelling.housingModel(), dwelling.capacity(), dwelling.capacityUnit(), dwelling.occupied(),
                    dwelling.freePlaces(), details.rooms(), details.bedrooms(), details.floor(), details.stepFree(),
                    details.landlordKind(), details.landlordReference(), details.monthlyRentCents(),
                    details.monthlyChargesCents(), details.energyClass(), dwelling.status(),
                    dwelling.statusHistory());
        }
    }
}
