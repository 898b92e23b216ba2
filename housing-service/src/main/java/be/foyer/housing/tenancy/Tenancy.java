package be.foyer.housing.tenancy;

import java.time.Instant;
import java.time.LocalDate;

import be.foyer.housing.dwelling.HousingModel;

/**
 * A tenant living in a dwelling (a room of it, when shared) from a move-in date; {@code endDate} and
 * {@code endReason} are set when it ends. The rent share is monthly, in euro cents.
 */
public record Tenancy(
        String id,
        String organisation,
        String tenantId,
        String dwellingId,
        String siteId,
        HousingModel housingModel,
        String room,
        LocalDate moveInDate,
        LocalDate plannedEnd,
        Long rentShareCents,
        LocalDate endDate,
        EndReason endReason,
        String startedBy,
        Instant startedAt) {

    public boolean isRunning() {
        return endDate == null;
    }

    public Tenancy ended(LocalDate date, EndReason reason) {
        return new Tenancy(id, organisation, tenantId, dwellingId, siteId, housingModel, room, moveInDate, plannedEnd,
                rentShareCents, date, reason, startedBy, startedAt);
    }
}
