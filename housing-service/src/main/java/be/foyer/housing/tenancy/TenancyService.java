package be.foyer.housing.tenancy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import be.foyer.events.EventEnvelope;
import be.foyer.events.housing.TenancyEnded;
import be.foyer.events.housing.TenancyStarted;
import be.foyer.housing.dwelling.CapacityUnit;
import be.foyer.housing.dwelling.Dwelling;
import be.foyer.housing.dwelling.DwellingService;
import be.foyer.housing.dwelling.HousingModel;
import be.foyer.housing.dwelling.Occupant;
import be.foyer.housing.search.HousingSearchService;
import be.foyer.housing.tenancy.TenantOccupancies.Period;
import be.foyer.housing.tenants.OwnTenants;
import be.foyer.platform.problem.BadRequestException;
import be.foyer.platform.problem.FieldErrorCode;
import be.foyer.platform.problem.ConflictException;
import be.foyer.platform.problem.NotFoundException;
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

    private final TenancyStore tenancies;
    private final TenantOccupancies occupancies;
    private final DwellingService dwellings;
    private final HousingSearchService searches;
    private final OwnTenants ownTenants;
    private final Clock clock;

    public TenancyService(TenancyStore tenancies, TenantOccupancies occupancies, DwellingService dwellings,
            HousingSearchService searches, OwnTenants ownTenants, Clock clock) {
        this.tenancies = tenancies;
        this.occupancies = occupancies;
        this.dwellings = dwellings;
        this.searches = searches;
        this.ownTenants = ownTenants;
        this.clock = clock;
    }

    public Tenancy start(String organisation, String tenantId, String dwellingId, String room, LocalDate moveInDate,
            LocalDate plannedEnd, Long rentShareCents, String startedBy) {
        ownTenants.require(organisation, tenantId);
        Dwelling dwelling = findDwelling(organisation, dwellingId);
        if (dwelling.capacityUnit() == CapacityUnit.ROOMS && room == null) {
            throw BadRequestException.onField("room", FieldErrorCode.REQUIRED, "is required: this dwelling is let by the room");
        }
        if (dwelling.housingModel() == HousingModel.TRANSIT && plannedEnd == null) {
            throw BadRequestException.onField("plannedEnd", FieldErrorCode.REQUIRED, "is required for transit housing");
        }
        if (plannedEnd != null && !plannedEnd.isAfter(moveInDate)) {
            throw BadRequestException.onField("plannedEnd", FieldErrorCode.BEFORE_START, "must be after the move-in date " + moveInDate);
        }
        String id = UUID.randomUUID().toString();
        Optional<Period> overlap = occupancies.reserve(tenantId, id, moveInDate);
        if (overlap.isPresent()) {
            Period period = overlap.get();
            throw new ConflictException("The tenant already has a tenancy from " + period.from()
                    + (period.to() == null ? " that is still running" : " to " + period.to())
                    + ": one tenant's tenancies cannot overlap.");
        }
        Tenancy tenancy = new Tenancy(id, organisation, tenantId, dwellingId, dwelling.siteId(),
                dwelling.housingModel(), room, moveInDate, plannedEnd, rentShareCents, null, null, startedBy,
                clock.instant());
        EventEnvelope<TenancyStarted> started = EventEnvelope.of(organisation, new TenancyStarted(id, tenantId,
                dwellingId, dwelling.siteId(), dwelling.housingModel().name(), moveInDate, plannedEnd),
                clock.instant());
        try {
            dwellings.takePlace(organisation, dwellingId, new Occupant(id, tenantId, room), moveInDate, started);
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
            throw new ConflictException("The tenancy already ended on " + tenancy.endDate() + ".");
        }
        if (endDate.isBefore(tenancy.moveInDate())) {
            throw BadRequestException.onField("endDate", FieldErrorCode.BEFORE_START,
                    "must not be before the move-in date " + tenancy.moveInDate());
        }
        if (endDate.isAfter(LocalDate.now(clock.withZone(DwellingService.BRUSSELS)))) {
            throw BadRequestException.onField("endDate", FieldErrorCode.IN_FUTURE,
                    "must not be in the future: end the tenancy once the tenant has left");
        }
        Tenancy ended = tenancy.ended(endDate, reason);
        EventEnvelope<TenancyEnded> event = EventEnvelope.of(organisation, new TenancyEnded(id, tenancy.tenantId(),
                tenancy.dwellingId(), tenancy.housingModel().name(), tenancy.moveInDate(), endDate, reason.name()),
                clock.instant());
        dwellings.freePlace(organisation, tenancy.dwellingId(), id, endDate, event);
        tenancies.markEnded(ended);
        occupancies.end(tenancy.tenantId(), id, endDate);
        return ended;
    }

    public Tenancy get(String organisation, String id) {
        return tenancies.find(organisation, id).orElseThrow(() -> new NotFoundException("tenancy", id));
    }

    public PageResult<Tenancy> list(String organisation, String dwellingId, String tenantId, Boolean running,
            PageQuery page) {
        return tenancies.list(organisation, dwellingId, tenantId, running, page);
    }

    private Dwelling findDwelling(String organisation, String dwellingId) {
        try {
            return dwellings.get(organisation, dwellingId);
        } catch (NotFoundException e) {
            throw BadRequestException.onField("dwellingId", FieldErrorCode.UNKNOWN, "no dwelling with id '" + dwellingId
                    + "' in your organisation");
        }
    }
}
