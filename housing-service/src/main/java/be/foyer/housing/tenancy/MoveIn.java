package be.foyer.housing.tenancy;

import java.time.LocalDate;

import be.foyer.housing.dwelling.CapacityUnit;
import be.foyer.housing.dwelling.Dwelling;
import be.foyer.housing.dwelling.HousingModel;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;

/**
 * What a worker asks for when moving a tenant in. Its rules are checked here, all into one {@link FieldChecks}
 * together with those the chosen dwelling sets, so that one answer names every field at fault (a missing room and a
 * planned end before the move-in alike).
 */
public record MoveIn(String tenantId, String dwellingId, String room, LocalDate moveInDate, LocalDate plannedEnd,
        Long rentShareCents) {

    public static final int ROOM_MAX = 40;

    /** The rules that need nothing but the request. */
    public void check(FieldChecks checks) {
        checks.require(tenantId != null, "tenantId", FieldErrorCode.REQUIRED, "is required");
        checks.require(dwellingId != null, "dwellingId", FieldErrorCode.REQUIRED, "is required");
        checks.require(room == null || room.length() <= ROOM_MAX, "room", FieldErrorCode.TOO_LONG,
                "must be at most " + ROOM_MAX + " characters");
        checks.require(moveInDate != null, "moveInDate", FieldErrorCode.REQUIRED, "is required (YYYY-MM-DD)");
        checks.require(plannedEnd == null || moveInDate == null || plannedEnd.isAfter(moveInDate), "plannedEnd",
                FieldErrorCode.BEFORE_START, "must be after the move-in date " + moveInDate);
        checks.require(rentShareCents == null || rentShareCents >= 0, "rentShareCents", FieldErrorCode.TOO_SMALL,
                "must be 0 or more (euro cents)");
    }

    /** The rules the dwelling sets: a room where it is let by the room, a planned end in transit housing. */
    public void checkFor(Dwelling dwelling, FieldChecks checks) {
        checks.require(dwelling.capacityUnit() != CapacityUnit.ROOMS || room != null, "room",
                FieldErrorCode.REQUIRED, "is required: this dwelling is let by the room");
        checks.require(dwelling.housingModel() != HousingModel.TRANSIT || plannedEnd != null, "plannedEnd",
                FieldErrorCode.REQUIRED, "is required for transit housing");
    }
}
