package be.foyer.tenants.followup;

import java.time.LocalDate;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;

/**
 * The rules a follow-up's content must keep, written into a {@link FieldChecks} so that a 400 names every field at
 * fault at once. Used by the request bodies (beside their annotations) and again by the service, with the service's
 * clock, on what will be stored.
 */
public final class FollowUpRules {

    private FollowUpRules() {
    }

    /**
     * @param datePlanned whether the date was given or the status changed in this request: an appointment left
     *                    untouched keeps its past date (nobody marked it yet), one planned or moved must be today or later
     */
    public static void checkDate(FieldChecks checks, FollowUpStatus status, LocalDate date, boolean datePlanned,
            LocalDate today) {
        if (date == null || status == null) {
            return;
        }
        if (status == FollowUpStatus.DONE && date.isAfter(today)) {
            checks.require(false, "date", FieldErrorCode.IN_FUTURE,
                    "a follow-up that took place cannot be in the future (plan it with status PLANNED)");
        }
        if (status == FollowUpStatus.PLANNED && datePlanned && date.isBefore(today)) {
            checks.require(false, "date", FieldErrorCode.IN_PAST, "an appointment must be today or later");
        }
    }

    /** @param placeGiven whether the follow-up will have a place (or, for another mode, whether one was sent) */
    public static void checkPlace(FieldChecks checks, FollowUpMode mode, boolean placeGiven) {
        if (mode == FollowUpMode.ACCOMPANIMENT && !placeGiven) {
            checks.require(false, "place", FieldErrorCode.REQUIRED,
                    "an accompaniment needs the place's name and category");
        } else if (mode != null && mode != FollowUpMode.ACCOMPANIMENT && placeGiven) {
            checks.require(false, "place", FieldErrorCode.CONFLICTING, "is only recorded for an ACCOMPANIMENT");
        }
    }

    /** A new follow-up is either done or planned; the other statuses are reached by changing one. */
    public static void checkNewStatus(FieldChecks checks, FollowUpStatus status) {
        checks.require(status == null || status == FollowUpStatus.DONE || status == FollowUpStatus.PLANNED,
                "status", FieldErrorCode.NOT_ALLOWED, "a new follow-up is DONE or PLANNED");
    }
}
