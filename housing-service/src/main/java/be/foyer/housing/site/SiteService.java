package be.foyer.housing.site;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import be.foyer.housing.address.Address;
import be.foyer.housing.address.BelgianAddresses;
import be.foyer.housing.dwelling.HousingModel;
import be.foyer.housing.dwelling.SiteModels;
import be.foyer.platform.domain.Author;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.NoSuchRecordException;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/**
 * Registering and reading sites within one organisation. The places of a site's dwellings are the dwelling
 * feature's to count ({@code DwellingService.placesBySite}); a dwelling registered on a site asks its model here,
 * through the dwelling feature's {@link SiteModels}.
 */
@Service
public class SiteService implements SiteModels {

    private final SiteStore sites;
    private final SiteEvents events;
    private final BelgianAddresses addresses;
    private final Clock clock;

    public SiteService(SiteStore sites, SiteEvents events, BelgianAddresses addresses, Clock clock) {
        this.sites = sites;
        this.events = events;
        this.addresses = addresses;
        this.clock = clock;
    }

    public Site register(String organisation, String name, HousingModel housingModel, Address address,
            List<SharedSpace> sharedSpaces, String houseRules, Author registeredBy) {
        FieldChecks checks = new FieldChecks();
        addresses.check("address", address, checks);
        checks.throwIfAny();
        Site site = new Site(UUID.randomUUID().toString(), organisation, name.strip(), housingModel, address,
                sharedSpaces.stream().distinct().toList(),
                houseRules == null || houseRules.isBlank() ? null : houseRules.strip(), registeredBy, clock.instant());
        sites.register(site, events.registered(site));
        return site;
    }

    public Site get(String organisation, String id) {
        return sites.find(organisation, id).orElseThrow(() -> new NoSuchRecordException("site", id));
    }

    public PageResult<Site> list(String organisation, PageQuery page) {
        return sites.list(organisation, page);
    }

    /** The names of the organisation's sites among {@code ids}, by id. */
    public Map<String, String> namesOf(String organisation, Collection<String> ids) {
        return sites.namesOf(organisation, ids);
    }

    @Override
    public Optional<HousingModel> modelOf(String organisation, String siteId) {
        return sites.find(organisation, siteId).map(Site::housingModel);
    }
}
