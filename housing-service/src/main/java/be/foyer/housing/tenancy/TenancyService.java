package be.foyer.housing.tenancy;

import be.foyer.events.BrusselsTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.UUID;

import org.springframework.stereotype.Service;

import be.foyer.housing.dwelling.Dwelling;
import be.foyer.housing.dwelling.DwellingService;
import be.foyer.housing.dwelling.Occupant;
import be.foyer.housing.search.HousingSearchService;
import be.foyer.housing.site.SiteService;
import be.foyer.housing.tenancy.TenantOccupancies.Period;
import be.foyer.housing.tenants.OwnTenants;
import be.foyer.platform.domain.Author;
import be.foyer.platform.domain.RuleViolationException;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.domain.NoSuchRecordException;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/**
 * Starting and ending tenancies. Without transactions, each rule is one compare-and-set on one document: the
 * tenant's periods (no overlap) are reserved first, then the dwelling's place (never beyond capacity) is taken in
 * the write that also carries {@code TenancyStarted}; when the place cannot be taken the tenant's reservation is
 * given back, so a refused move-in leaves no tenancy and no event.
 */
@Service
public class TenancyService {

    /** How many ended tenancies a dwelling's page shows beside the running ones. */
    static final int RECENT_ENDED = 20;

    private final TenancyStore tenancies;
    private final TenantOccupancies occupancies;
    private final TenancyEvents events;
    private final DwellingService dwellings;
    private final HousingSearchService searches;
    private final OwnTenants ownTenants;
    private final SiteService sites;
    private final Clock clock;

    public TenancyService(TenancyStore tenancies, TenantOccupancies occupancies, TenancyEvents events,
            DwellingService dwellings, HousingSearchService searches, OwnTenants ownTenants, SiteService sites,
            Clock clock) {
        this.tenancies = tenancies;
        this.occupancies = occupancies;
        this.events = events;
        this.dwellings = dwellings;
        this.searches = searches;
        this.ownTenants = ownTenants;
        this.sites = sites;
        this.clock = clock;
    }

    /**
     * Moves a tenant in. Every field at fault is named at once (400); then the tenant's other tenancies and the
     * dwelling's places may refuse it (409, naming {@code moveInDate}, {@code dwellingId} or {@code room}).
     */
    public Tenancy start(String organisation, MoveIn moveIn, Author startedBy) {
        FieldChecks checks = new FieldChecks();
        moveIn.check(checks);
        if (moveIn.tenantId() != null) {
            ownTenants.check(organisation, moveIn.tenantId(), checks);
        }
        Optional<Dwelling> found = moveIn.dwellingId() == null ? Optional.empty()
                : dwellings.find(organisation, moveIn.dwellingId());
        if (moveIn.dwellingId() != null && found.isEmpty()) {
            checks.reject("dwellingId", FieldErrorCode.UNKNOWN, "no dwelling with id '" + moveIn.dwellingId()
                    + "' in your organisation");
        }
        found.ifPresent(dwelling -> moveIn.checkFor(dwelling, checks));
        checks.throwIfAny();
        Dwelling dwelling = found.orElseThrow();
        String tenantId = moveIn.tenantId();
        String dwellingId = moveIn.dwellingId();
        LocalDate moveInDate = moveIn.moveInDate();
        String id = UUID.randomUUID().toString();
        Optional<Period> overlap = occupancies.reserve(tenantId, id, moveInDate);
        if (overlap.isPresent()) {
            Period period = overlap.get();
            throw RuleViolationException.onField("moveInDate", "The tenant already has a tenancy from " + period.from()
                    + (period.to() == null ? " that is still running" : " to " + period.to())
                    + ": one person's tenancies cannot overlap. End that tenancy first, or move in from "
                    + (period.to() == null ? "the day it ends." : period.to() + " on."));
        }
        Tenancy tenancy = new Tenancy(id, organisation, tenantId, dwellingId, dwelling.siteId(),
                dwelling.housingModel(), moveIn.room(), moveInDate, moveIn.plannedEnd(), moveIn.rentShareCents(), null,
                null, startedBy,
                clock.instant());
        try {
            dwellings.takePlace(organisation, dwellingId, new Occupant(id, tenantId, moveIn.room()), moveInDate,
                    events.started(tenancy));
        } catch (RuntimeException refused) {
            occupancies.release(tenantId, id);
            throw refused;
        }
        tenancies.insert(tenancy);
        searches.closeAsHoused(organisation, tenantId, id, moveInDate);
        return tenancy;
    }

    /** Ends a running tenancy, freeing its place in the write that carries {@code TenancyEnded}. */
    public Tenancy end(String organisation, String id, LocalDate endDate, EndReason reason) {
        Tenancy tenancy = get(organisation, id);
        if (!tenancy.isRunning()) {
            throw new RuleViolationException("The tenancy already ended on " + tenancy.endDate() + ".");
        }
        FieldChecks checks = new FieldChecks();
        tenancy.checkEnd(endDate, reason, LocalDate.now(clock.withZone(BrusselsTime.ZONE)), checks);
        checks.throwIfAny();
        Tenancy ended = tenancy.ended(endDate, reason);
        dwellings.freePlace(organisation, tenancy.dwellingId(), id, endDate, events.ended(ended));
        tenancies.markEnded(ended);
        occupancies.end(tenancy.tenantId(), id, endDate);
        return ended;
    }

    public Tenancy get(String organisation, String id) {
        return tenancies.find(organisation, id).orElseThrow(() -> new NoSuchRecordException("tenancy", id));
    }

    public PageResult<Tenancy> list(String organisation, String dwellingId, String tenantId, Boolean running,
            PageQuery page) {
        return tenancies.list(organisation, dwellingId, tenantId, running, page);
    }

    /**
     * A dwelling's tenancies for its page: every running one and the {@value #RECENT_ENDED} that ended last, latest
     * move-in first. The whole history is {@code GET /api/tenancies?dwellingId=}, a page at a time.
     */
    public List<Tenancy> ofDwelling(String organisation, String dwellingId) {
        List<Tenancy> running = tenancies.list(organisation, dwellingId, null, true,
                new PageQuery(0, PageQuery.MAX_SIZE)).items();
        List<Tenancy> ended = tenancies.list(organisation, dwellingId, null, false, new PageQuery(0, RECENT_ENDED))
                .items();
        return Stream.concat(running.stream(), ended.stream())
                .sorted(TenancyStore.LATEST_MOVE_IN_FIRST).toList();
    }

    /** The tenancies with what a page shows of their dwellings, fetched once for all of them. */
    public List<TenancyInPlace> inPlace(String organisation, List<Tenancy> found) {
        Set<String> dwellingIds = found.stream().map(Tenancy::dwellingId).collect(Collectors.toSet());
        Map<String, Dwelling> byId = dwellings.findAll(organisation, dwellingIds);
        Set<String> siteIds = found.stream().map(Tenancy::siteId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> siteNames = siteIds.isEmpty() ? Map.of() : sites.namesOf(organisation, siteIds);
        return found.stream().map(tenancy -> new TenancyInPlace(tenancy, byId.get(tenancy.dwellingId()),
                tenancy.siteId() == null ? null : siteNames.get(tenancy.siteId()))).toList();
    }

    /** A tenancy with its dwelling (never deleted, so always there) and the name of its site, if on one. */
    public record TenancyInPlace(Tenancy tenancy, Dwelling dwelling, String siteName) {
    }
}
