package be.foyer.housing.dwelling;

import be.foyer.events.BrusselsTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;

import be.foyer.events.EventEnvelope;
import be.foyer.housing.address.Address;
import be.foyer.housing.address.BelgianAddresses;
import be.foyer.platform.domain.Author;
import be.foyer.platform.domain.RuleViolationException;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.domain.NoSuchRecordException;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/**
 * Registering, reading and changing dwellings within one organisation. Every change of a registered dwelling is a
 * compare-and-set on the version it was decided from, retried on a fresh read when another change came first, so
 * that concurrent move-ins can never fill a dwelling beyond its capacity.
 */
@Service
public class DwellingService {

    private final DwellingStore store;
    private final DwellingEvents events;
    private final SiteModels siteModels;
    private final BelgianAddresses addresses;
    private final Clock clock;

    public DwellingService(DwellingStore store, DwellingEvents events, SiteModels siteModels,
            BelgianAddresses addresses, Clock clock) {
        this.store = store;
        this.events = events;
        this.siteModels = siteModels;
        this.addresses = addresses;
        this.clock = clock;
    }

    /** Registers a dwelling; without a model of its own it takes its site's. Names every field at fault at once. */
    public Dwelling register(String organisation, Address address, String siteId, HousingModel housingModel,
            int capacity, CapacityUnit capacityUnit, DwellingDetails details, Author registeredBy) {
        FieldChecks checks = new FieldChecks();
        addresses.check("address", address, checks);
        Optional<HousingModel> siteModel = siteId == null ? Optional.empty() : siteModels.modelOf(organisation, siteId);
        if (siteId != null && siteModel.isEmpty()) {
            checks.reject("siteId", FieldErrorCode.UNKNOWN, "no site with id '" + siteId + "' in your organisation");
        }
        HousingModel model = housingModel != null ? housingModel : siteModel.orElse(null);
        if (siteId == null && model == null) {
            checks.reject("housingModel", FieldErrorCode.REQUIRED, "is required for a dwelling outside a site");
        }
        checks.throwIfAny();
        Dwelling dwelling = new Dwelling(UUID.randomUUID().toString(), organisation, siteId, address, model, capacity,
                capacityUnit == null ? CapacityUnit.HOUSEHOLDS : capacityUnit, details, DwellingStatus.AVAILABLE,
                List.of(), List.of(), 0, registeredBy, clock.instant());
        store.register(dwelling, events.registered(dwelling));
        return dwelling;
    }

    public Dwelling get(String organisation, String id) {
        return store.find(organisation, id).orElseThrow(() -> new NoSuchRecordException("dwelling", id));
    }

    /** The dwelling, if it exists in {@code organisation}. */
    public Optional<Dwelling> find(String organisation, String id) {
        return store.find(organisation, id);
    }

    /** The organisation's dwellings among {@code ids}, by id; others are absent. */
    public Map<String, Dwelling> findAll(String organisation, Collection<String> ids) {
        return store.findAll(organisation, ids);
    }

    /** The places of the organisation's dwellings on each of the sites, summed per site (none: {@link Places#NONE}). */
    public Map<String, Places> placesBySite(String organisation, Collection<String> siteIds) {
        return store.placesBySite(organisation, siteIds);
    }

    public PageResult<Dwelling> list(String organisation, DwellingFilter filter, PageQuery page) {
        return store.list(organisation, filter, page);
    }

    /**
     * Changes the dwelling's details and, when {@code wanted} is given, its status: {@code WORKS} or
     * {@code WITHDRAWN} (only when nobody lives there), or {@code AVAILABLE} to put it back in service
     * ({@code OCCUPIED} follows the tenancies: asking for it puts the dwelling back in service too; the API refuses
     * it before).
     */
    public Dwelling change(String organisation, String id, DwellingStatus wanted, DwellingDetails changes) {
        LocalDate today = LocalDate.now(clock.withZone(BrusselsTime.ZONE));
        return update(organisation, id, List.of(), dwelling -> {
            if (wanted == DwellingStatus.WITHDRAWN && dwelling.occupied() > 0) {
                throw new RuleViolationException("The dwelling cannot be withdrawn while " + dwelling.occupied()
                        + " tenancy(ies) run in it: end them first.");
            }
            Dwelling changed = dwelling.withDetails(changes);
            return wanted == null ? changed : changed.inStatus(wanted, today);
        });
    }

    /**
     * Takes one of the dwelling's places for {@code occupant}, moving in on {@code date}, with the tenancy's event
     * in the same write. 409 when the dwelling is full, out of service or the room is taken.
     */
    public Dwelling takePlace(String organisation, String id, Occupant occupant, LocalDate date,
            EventEnvelope<?> tenancyEvent) {
        return update(organisation, id, List.of(tenancyEvent), dwelling -> {
            if (!dwelling.status().inService()) {
                throw RuleViolationException.onField("dwellingId", "This dwelling is " + describe(dwelling.status())
                        + ": nobody can move in until it is back in service.");
            }
            if (dwelling.isFull()) {
                throw RuleViolationException.onField("dwellingId", "This dwelling is full: its " + dwelling.capacity()
                        + " place(s) (" + dwelling.capacityUnit().name().toLowerCase(Locale.ROOT)
                        + ") are all taken. End a tenancy there first, or choose another dwelling.");
            }
            if (dwelling.roomTaken(occupant.room())) {
                throw RuleViolationException.onField("room", "Room '" + occupant.room()
                        + "' of this dwelling is taken by a running tenancy: choose another room.");
            }
            return dwelling.withOccupant(occupant, date);
        });
    }

    /** Gives back the tenancy's place on {@code date}, with the tenancy's event in the same write. */
    public Dwelling freePlace(String organisation, String id, String tenancyId, LocalDate date,
            EventEnvelope<?> tenancyEvent) {
        return update(organisation, id, List.of(tenancyEvent), dwelling -> {
            if (!dwelling.holds(tenancyId)) {
                throw new RuleViolationException("The tenancy has already ended.");
            }
            return dwelling.withoutOccupant(tenancyId, date);
        });
    }

    /** Applies {@code change} to the dwelling as read, with {@code caused} and the status change it makes, if any. */
    private Dwelling update(String organisation, String id, List<EventEnvelope<?>> caused,
            UnaryOperator<Dwelling> change) {
        while (true) {
            Dwelling read = get(organisation, id);
            Dwelling next = change.apply(read);
            List<EventEnvelope<?>> all = new ArrayList<>(caused);
            next.statusChangeSince(read).ifPresent(statusChange -> all.add(events.statusChanged(next, statusChange)));
            if (store.replace(read, next, all)) {
                return store.find(organisation, id).orElse(next);
            }
        }
    }

    private static String describe(DwellingStatus status) {
        return status == DwellingStatus.WORKS ? "under works" : "withdrawn";
    }
}
