package be.foyer.housing.dwelling;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;

import be.foyer.platform.problem.NotFoundException;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/** Registering and reading dwellings within one organisation. */
@Service
public class DwellingService {

    private final DwellingStore store;
    private final Clock clock;

    public DwellingService(DwellingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Dwelling register(String organisation, Address address, HousingModel housingModel, int capacity,
            String registeredBy) {
        Address tidy = new Address(address.street().strip(), address.number().strip(),
                address.box() == null || address.box().isBlank() ? null : address.box().strip(),
                address.postcode().strip(), address.municipality().strip());
        Dwelling dwelling = new Dwelling(UUID.randomUUID().toString(), organisation, tidy, housingModel, capacity,
                DwellingStatus.AVAILABLE, registeredBy, clock.instant());
        store.register(dwelling);
        return dwelling;
    }

    public Dwelling get(String organisation, String id) {
        return store.find(organisation, id).orElseThrow(() -> new NotFoundException("dwelling", id));
    }

    public PageResult<Dwelling> list(String organisation, PageQuery page) {
        return store.list(organisation, page);
    }
}
