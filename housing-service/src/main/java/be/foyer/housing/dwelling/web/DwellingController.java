package be.foyer.housing.dwelling.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.housing.dwelling.Address;
import be.foyer.housing.dwelling.Dwelling;
import be.foyer.housing.dwelling.DwellingService;
import be.foyer.housing.dwelling.DwellingStatus;
import be.foyer.housing.dwelling.HousingModel;
import be.foyer.platform.security.Caller;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/** The organisation's dwellings. */
@RestController
@RequestMapping("/api/dwellings")
@PreAuthorize("hasAnyRole('staff', 'coordinator')")
public class DwellingController {

    private final DwellingService dwellings;

    public DwellingController(DwellingService dwellings) {
        this.dwellings = dwellings;
    }

    @PostMapping
    public ResponseEntity<DwellingView> register(Caller caller, @Valid @RequestBody RegisterDwelling request) {
        AddressInput address = request.address();
        Dwelling dwelling = dwellings.register(caller.requireOrganisation(),
                new Address(address.street(), address.number(), address.box(), address.postcode(),
                        address.municipality()),
                request.housingModel(), request.capacity(), caller.userId());
        return ResponseEntity.created(URI.create("/api/dwellings/" + dwelling.id())).body(DwellingView.of(dwelling));
    }

    @GetMapping
    public PageResult<DwellingView> list(Caller caller, PageQuery page) {
        return dwellings.list(caller.requireOrganisation(), page).map(DwellingView::of);
    }

    @GetMapping("/{id}")
    public DwellingView get(Caller caller, @PathVariable String id) {
        return DwellingView.of(dwellings.get(caller.requireOrganisation(), id));
    }

    public record RegisterDwelling(
            @NotNull(message = "is required") @Valid AddressInput address,
            @NotNull(message = "is required") HousingModel housingModel,
            @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1 person")
            @Max(value = 50, message = "must be at most 50 people") Integer capacity) {
    }

    public record AddressInput(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String street,
            @NotBlank(message = "is required") @Size(max = 20, message = "must be at most 20 characters") String number,
            @Size(max = 20, message = "must be at most 20 characters") String box,
            @NotBlank(message = "is required")
            @Pattern(regexp = "\\s*[1-9][0-9]{3}\\s*", message = "must be a Belgian postcode: four digits, 1000 to 9999")
            String postcode,
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String municipality) {
    }

    public record DwellingView(String id, AddressView address, HousingModel housingModel, int capacity,
            DwellingStatus status) {
        static DwellingView of(Dwelling dwelling) {
            Address address = dwelling.address();
            return new DwellingView(dwelling.id(), new AddressView(address.street(), address.number(), address.box(),
                    address.postcode(), address.municipality()), dwelling.housingModel(), dwelling.capacity(),
                    dwelling.status());
        }
    }

    public record AddressView(String street, String number, String box, String postcode, String municipality) {
    }
}
