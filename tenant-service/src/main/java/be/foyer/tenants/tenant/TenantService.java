package be.foyer.tenants.tenant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.stereotype.Service;

import be.foyer.platform.problem.NotFoundException;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/** Registering and reading tenants within one organisation. */
@Service
public class TenantService {

    /** Dates of the organisations' work are Brussels dates. */
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final TenantStore store;
    private final Clock clock;

    public TenantService(TenantStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Tenant register(String organisation, String firstName, String lastName, String registeredBy) {
        Instant now = clock.instant();
        Tenant tenant = new Tenant(UUID.randomUUID().toString(), organisation, firstName.strip(), lastName.strip(),
                LocalDate.ofInstant(now, BRUSSELS), registeredBy, now);
        store.register(tenant);
        return tenant;
    }

    public Tenant get(String organisation, String id) {
        return store.find(organisation, id).orElseThrow(() -> new NotFoundException("tenant", id));
    }

    public PageResult<Tenant> list(String organisation, PageQuery page) {
        return store.list(organisation, page);
    }
}
