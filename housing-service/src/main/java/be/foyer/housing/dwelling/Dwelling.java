package be.foyer.housing.dwelling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import be.foyer.housing.address.Address;
import be.foyer.platform.domain.Author;

/**
 * A housing unit an organisation manages. Its running tenancies are its {@code occupants}; {@code version} grows
 * with every change so that each write can be a compare-and-set on the state it was decided from.
 */
public record Dwelling(
        String id,
        String organisation,
        String siteId,
        Address address,
        HousingModel housingModel,
        int capacity,
        CapacityUnit capacityUnit,
        DwellingDetails details,
        DwellingStatus status,
        List<StatusChange> statusHistory,
        List<Occupant> occupants,
        long version,
        Author registeredBy,
        Instant registeredAt) {

    public int occupied() {
        return occupants.size();
    }

    /** Places a tenancy can still take: none while under works or withdrawn. */
    public int freePlaces() {
        return status.inService() ? Math.max(0, capacity - occupied()) : 0;
    }

    public boolean isFull() {
        return occupied() >= capacity;
    }

    public boolean holds(String tenancyId) {
        return occupants.stream().anyMatch(occupant -> occupant.tenancyId().equals(tenancyId));
    }

    public boolean roomTaken(String room) {
        return room != null && occupants.stream().anyMatch(occupant -> room.equalsIgnoreCase(occupant.room()));
    }

    /** The dwelling with {@code occupant} moved in on {@code date}; occupied once full. */
    public Dwelling withOccupant(Occupant occupant, LocalDate date) {
        List<Occupant> next = new ArrayList<>(occupants);
        next.add(occupant);
        return withOccupants(next).withStatus(followingTenancies(status, next.size()), date);
    }

    /** The dwelling with the tenancy's occupant gone on {@code date}; available again if it was full. */
    public Dwelling withoutOccupant(String tenancyId, LocalDate date) {
        List<Occupant> next = occupants.stream().filter(occupant -> !occupant.tenancyId().equals(tenancyId))
                .toList();
        return withOccupants(next).withStatus(followingTenancies(status, next.size()), date);
    }

    /**
     * The dwelling in {@code wanted} status: works and withdrawal hold until lifted; asking for {@code AVAILABLE}
     * puts it back in service, where its tenancies decide between available and occupied.
     */
    public Dwelling inStatus(DwellingStatus wanted, LocalDate date) {
        DwellingStatus next = wanted.inService() ? followingTenancies(DwellingStatus.AVAILABLE, occupied()) : wanted;
        return withStatus(next, date);
    }

    public Dwelling withDetails(DwellingDetails changes) {
        return new Dwelling(id, organisation, siteId, address, housingModel, capacity, capacityUnit,
                details.merge(changes), status, statusHistory, occupants, version, registeredBy, registeredAt);
    }

    /** The last status change, when it differs from {@code before}'s status. */
    public Optional<StatusChange> statusChangeSince(Dwelling before) {
        return status == before.status ? Optional.empty() : Optional.of(statusHistory.get(statusHistory.size() - 1));
    }

    private DwellingStatus followingTenancies(DwellingStatus current, int occupied) {
        if (!current.inService()) {
            return current;
        }
        return occupied >= capacity ? DwellingStatus.OCCUPIED : DwellingStatus.AVAILABLE;
    }

    private Dwelling withOccupants(List<Occupant> next) {
        return new Dwelling(id, organisation, siteId, address, housingModel, capacity, capacityUnit, details, status,
                statusHistory, List.copyOf(next), version, registeredBy, registeredAt);
    }

    private Dwelling withStatus(DwellingStatus next, LocalDate date) {
        if (next == status) {
            return this;
        }
        List<StatusChange> history = new ArrayList<>(statusHistory);
        history.add(new StatusChange(next, status, date));
        return new Dwelling(id, organisation, siteId, address, housingModel, capacity, capacityUnit, details, next,
                List.copyOf(history), occupants, version, registeredBy, registeredAt);
    }
}
