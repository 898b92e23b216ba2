package be.foyer.housing.search;

import be.foyer.events.BrusselsTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import be.foyer.housing.tenants.OwnTenants;
import be.foyer.platform.domain.Author;
import be.foyer.platform.domain.InvalidInputException;
import be.foyer.platform.domain.RuleViolationException;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.domain.NoSuchRecordException;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/**
 * Housing searches: opened for one of the organisation's tenants (one open search per tenant), steps recorded while
 * open, closed as housed when a tenancy starts for the tenant or as abandoned by a worker.
 */
@Service
public class HousingSearchService {

    private final HousingSearchStore store;
    private final OpenSearches openSearches;
    private final HousingSearchEvents events;
    private final OwnTenants ownTenants;
    private final Clock clock;

    public HousingSearchService(HousingSearchStore store, OpenSearches openSearches, HousingSearchEvents events,
            OwnTenants ownTenants, Clock clock) {
        this.store = store;
        this.openSearches = openSearches;
        this.events = events;
        this.ownTenants = ownTenants;
        this.clock = clock;
    }

    public HousingSearch open(String organisation, String tenantId, LocalDate openedOn, Author openedBy) {
        FieldChecks checks = new FieldChecks();
        ownTenants.check(organisation, tenantId, checks);
        LocalDate date = openedOn != null ? openedOn : today();
        checks.require(!date.isAfter(today()), "openedOn", FieldErrorCode.IN_FUTURE, "must not be in the future");
        checks.throwIfAny();
        HousingSearch search = new HousingSearch(UUID.randomUUID().toString(), organisation, tenantId, date,
                SearchStatus.OPEN, List.of(), null, null, openedBy);
        openSearches.claim(organisation, tenantId, search.id(),
                id -> store.find(organisation, id).map(HousingSearch::status)).ifPresent(open -> {
                    throw new RuleViolationException("The tenant already has an open housing search (" + open
                            + "): record the steps there.");
                });
        store.open(search, events.opened(search));
        return search;
    }

    public SearchStep recordStep(String organisation, String id, StepKind kind, LocalDate date, String detail,
            Author recordedBy) {
        HousingSearch search = get(organisation, id);
        LocalDate on = date != null ? date : today();
        if (on.isBefore(search.openedOn())) {
            throw InvalidInputException.onField("date", FieldErrorCode.BEFORE_START, "must not be before the search opened on "
                    + search.openedOn());
        }
        SearchStep step = new SearchStep(UUID.randomUUID().toString(), kind, on, detail, recordedBy);
        if (!store.addStep(organisation, id, step, events.stepRecorded(search, step))) {
            throw closed();
        }
        return step;
    }

    /** A worker gives the search up. */
    public HousingSearch abandon(String organisation, String id, LocalDate closedOn) {
        HousingSearch search = get(organisation, id);
        LocalDate on = closedOn != null ? closedOn : today();
        if (on.isBefore(search.openedOn())) {
            throw InvalidInputException.onField("closedOn", FieldErrorCode.BEFORE_START, "must not be before the search opened on "
                    + search.openedOn());
        }
        if (!close(search, SearchStatus.ABANDONED, on, null)) {
            throw closed();
        }
        return get(organisation, id);
    }

    /** Closes the tenant's open search, if any, as housed by the tenancy that just started. */
    public void closeAsHoused(String organisation, String tenantId, String tenancyId, LocalDate moveInDate) {
        store.findOpen(organisation, tenantId).ifPresent(search -> close(search, SearchStatus.HOUSED,
                moveInDate.isBefore(search.openedOn()) ? search.openedOn() : moveInDate, tenancyId));
    }

    public HousingSearch get(String organisation, String id) {
        return store.find(organisation, id).orElseThrow(() -> new NoSuchRecordException("housing search", id));
    }

    public PageResult<HousingSearch> list(String organisation, SearchStatus status, String tenantId,
            PageQuery page) {
        return store.list(organisation, status, tenantId, page);
    }

    private boolean close(HousingSearch search, SearchStatus outcome, LocalDate on, String tenancyId) {
        boolean closed = store.close(search.organisation(), search.id(), outcome, on, tenancyId,
                events.closed(search, outcome, on, tenancyId));
        if (closed) {
            openSearches.release(search.organisation(), search.tenantId(), search.id());
        }
        return closed;
    }

    private static RuleViolationException closed() {
        return new RuleViolationException("The housing search is closed: open a new one for the tenant.");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BrusselsTime.ZONE));
    }
}
