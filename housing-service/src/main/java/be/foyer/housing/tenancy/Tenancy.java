package be.foyer.housing.tenancy;

import java.time.Instant;
import java.time.LocalDate;

import be.foyer.housing.dwelling.HousingModel;
import be.foyer.platform.domain.Author;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;

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
        Author startedBy,
        Instant startedAt) {

    public boolean isRunning() {
        return endDate == null;
    }

    /**
     * The rules of an end: a date and a reason, not before the move-in, not after {@code today} (a tenancy is ended
     * once the tenant has left, so that the place frees on the day it is recorded).
     */
    public void checkEnd(LocalDate date, EndReason reason, LocalDate today, FieldChecks checks) {
        checks.require(date != null, "endDate", FieldErrorCode.REQUIRED, "is required (YYYY-MM-DD)");
        checks.require(reason != null, "reason", FieldErrorCode.REQUIRED,
                "is required: MOVED_ON, RELAYED, EVICTION, RETURN_TO_STREET, HOSPITAL, PRISON, DEATH or OTHER");
        if (date != null) {
            checks.require(!date.isBefore(moveInDate), "endDate", FieldErrorCode.BEFORE_START,
                    "must not be before the move-in date " + moveInDate);
            checks.require(!date.isAfter(today), "endDate", FieldErrorCode.IN_FUTURE,
                    "must not be in the future: end the tenancy once the tenant has left");
        }
    }

    public Tenancy ended(LocalDate date, EndReason reason) {
        return new Tenancy(id, organisation, tenantId, dwellingId, siteId, housingModel, room, moveInDate, plannedEnd,
                rentShareCents, date, reason, startedBy, startedAt);
    }
}
