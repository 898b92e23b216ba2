package be.foyer.housing.site.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.housing.address.web.AddressInput;
import be.foyer.housing.address.web.AddressView;
import be.foyer.housing.dwelling.DwellingService;
import be.foyer.housing.dwelling.HousingModel;
import be.foyer.housing.dwelling.Places;
import be.foyer.housing.site.SharedSpace;
import be.foyer.housing.site.Site;
import be.foyer.housing.site.SiteService;
import be.foyer.platform.security.Caller;
import be.foyer.platform.validation.MultiLineText;
import be.foyer.platform.validation.SingleLineText;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The organisation's sites, each with the places of its dwellings. */
@Tag(name = "Sites", description = "Buildings or groups of dwellings, with their shared spaces.")
@RestController
@RequestMapping("/api/sites")
@PreAuthorize("hasAnyRole('staff', 'coordinator')")
public class SiteController {

    private final SiteService sites;
    private final DwellingService dwellings;

    public SiteController(SiteService sites, DwellingService dwellings) {
        this.sites = sites;
        this.dwellings = dwellings;
    }

    @Operation(summary = "Register a site")
    @PostMapping
    public ResponseEntity<SiteView> register(Caller caller, @Valid @RequestBody RegisterSite request) {
        String organisation = caller.requireOrganisation();
        Site site = sites.register(organisation, request.name(), request.housingModel(),
                request.address().toAddress(), request.sharedSpaces() == null ? List.of() : request.sharedSpaces(),
                request.houseRules(), caller.author());
        return ResponseEntity.created(URI.create("/api/sites/" + site.id())).body(withPlaces(organisation, site));
    }

    @Operation(summary = "List sites")
    @GetMapping
    public PageResult<SiteView> list(Caller caller, PageQuery page) {
        String organisation = caller.requireOrganisation();
        PageResult<Site> found = sites.list(organisation, page);
        Map<String, Places> places = dwellings.placesBySite(organisation,
                found.items().stream().map(Site::id).toList());
        return found.map(site -> SiteView.of(site, places.get(site.id())));
    }

    @Operation(summary = "Read a site")
    @GetMapping("/{id}")
    public SiteView get(Caller caller, @PathVariable String id) {
        String organisation = caller.requireOrganisation();
        return withPlaces(organisation, sites.get(organisation, id));
    }

    private SiteView withPlaces(String organisation, Site site) {
        return SiteView.of(site, dwellings.placesBySite(organisation, List.of(site.id())).get(site.id()));
    }

    public record RegisterSite(
            @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters") @SingleLineText String name,
            @NotNull(message = "is required") HousingModel housingModel,
            @NotNull(message = "is required") @Valid AddressInput address,
            @Size(max = 6, message = "must list each shared space at most once")
            List<@NotNull(message = "must be one of GARDEN, LAUNDRY, GAMES_ROOM, KITCHEN, LIVING_ROOM, WORKSHOP")
                    SharedSpace> sharedSpaces,
            @Size(max = 4000, message = "must be at most 4000 characters") @MultiLineText String houseRules) {
    }

    /** {@code freePlaces} repeats {@code places.free}: the places a tenancy can take now, over the site's dwellings. */
    public record SiteView(String id, String name, HousingModel housingModel, AddressView address,
            List<SharedSpace> sharedSpaces, String houseRules, int freePlaces, Places places) {
        static SiteView of(Site site, Places places) {
            return new SiteView(site.id(), site.name(), site.housingModel(), AddressView.of(site.address()),
                    site.sharedSpaces(), site.houseRules(), places.free(), places);
        }
    }
}
