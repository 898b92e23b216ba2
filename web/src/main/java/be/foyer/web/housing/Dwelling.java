package be.foyer.web.housing;

import java.time.LocalDate;
import java.util.List;

/**
 * A dwelling as {@code GET /api/dwellings[/{id}]} answers it; {@code tenancies} (running ones and the latest ended)
 * only on the dwelling's own page.
 */
public record Dwelling(String id, String siteId, Address address, String housingModel, int capacity,
        String capacityUnit, int occupied, int freePlaces, Integer rooms, Integer bedrooms, Integer floor,
        Boolean stepFree, String landlordKind, String status, List<StatusChange> statusHistory,
        List<DwellingTenancy> tenancies) {

    public record StatusChange(String status, String previousStatus, LocalDate changedOn) {
    }

    public record DwellingTenancy(String id, String tenantId, String room, LocalDate moveInDate, LocalDate plannedEnd,
            boolean running, LocalDate endDate, String endReason) {
    }

    public String label() {
        return address == null ? "" : address.label();
    }

    public boolean isLetByRoom() {
        return "ROOMS".equals(capacityUnit);
    }

    public boolean isTransit() {
        return "TRANSIT".equals(housingModel);
    }

    /** Under works or withdrawn: no tenancy can start here until it is put back in service. */
    public boolean isOutOfService() {
        return "WORKS".equals(status) || "WITHDRAWN".equals(status);
    }

    public List<StatusChange> history() {
        return statusHistory == null ? List.of() : statusHistory;
    }

    public List<DwellingTenancy> tenancyList() {
        return tenancies == null ? List.of() : tenancies;
    }
}
