package be.foyer.housing.site;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import be.foyer.housing.address.Address;
import be.foyer.housing.address.BelgianAddresses;
import be.foyer.housing.dwelling.DwellingStore;
import be.foyer.housing.dwelling.HousingModel;
import be.foyer.housing.dwelling.Places;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.NoSuchRecordException;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/** Registering and reading sites within one organisation, with the places of their dwellings. */
@Service
public class SiteService {

    private final SiteStore sites;
    private final DwellingStore dwellings;
    private final BelgianAddresses addresses;
    private final Clock clock;

    public SiteService(SiteStore sites, DwellingStore dwellings, BelgianAddresses addresses, Clock clock) {
        this.sites = sites;
        this.dwellings = dwellings;
        this.addresses = addresses;
        this.clock = clock;
    }

    public Site register(String organisation, String name, HousingModel housingModel, Address address,
            List<SharedSpace> sharedSpaces, String houseRules, String registeredBy) {
        FieldChecks checks = new FieldChecks();
        addresses.check("address", address, checks);
        checks.throwIfAny();
        Site site = new Site(UUID.randomUUID().toString(), organisation, name.strip(), housingModel, address,
                sharedSpaces.stream().distinct().toList(),
                houseRules == null || houseRules.isBlank() ? null : houseRules.strip(), registeredBy, clock.instant());
        sites.register(site);
        return site;
    }

    public SiteWithPlaces get(String organisation, String id) {
        Site site = sites.find(organisation, id).orElseThrow(() -> new NoSuchRecordException("site", id));
        return new SiteWithPlaces(site, dwellings.placesBySite(organisation, List.of(id)).get(id));
    }

    public PageResult<SiteWithPlaces> list(String organisation, PageQuery page) {
        PageResult<Site> found = sites.list(organisation, page);
        Map<String, Places> places = dwellings.placesBySite(organisation,
                found.items().stream().map(Site::id).toList());
        return found.map(site -> new SiteWithPlaces(site, places.get(site.id())));
    }

    /** A site with the places of its dwellings. */
    public record SiteWithPlaces(Site site, Places places) {
    }
}
