package be.foyer.tenants.followup.web;

import be.foyer.events.BrusselsTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.problem.SelfChecking;
import be.foyer.platform.validation.MultiLineText;
import be.foyer.platform.validation.PlausibleDate;
import be.foyer.platform.validation.SingleLineText;
import be.foyer.tenants.followup.FollowUpChanges;
import be.foyer.tenants.followup.FollowUpEntry;
import be.foyer.tenants.followup.FollowUpMode;
import be.foyer.tenants.followup.FollowUpRules;
import be.foyer.tenants.followup.FollowUpStatus;
import be.foyer.tenants.followup.PlaceCategory;
import be.foyer.tenants.tenant.LifeDomain;

/** The bodies of the follow-up endpoints; each names every field at fault at once. */
final class FollowUpRequests {

    /** "HH:mm", 00:00 to 23:59; an empty text clears the time in a PATCH. */
    static final String TIME = "^$|^([01]\\d|2[0-3]):[0-5]\\d$";
    static final String TIME_MESSAGE = "must be a time of day as HH:mm (24 hours)";

    private FollowUpRequests() {
    }

    /**
     * @param status     DONE (default) or PLANNED (an appointment, today or later)
     * @param healthNote staff and coordinators only: a volunteer sending one gets 403
     */
    record RecordFollowUp(
            @NotNull(message = "is required (YYYY-MM-DD)") @PlausibleDate(yearsBack = 10, yearsAhead = 2) LocalDate date,
            @Pattern(regexp = TIME, message = TIME_MESSAGE) String time,
            FollowUpStatus status,
            @NotNull(message = "is required") FollowUpMode mode,
            @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1 minute")
            @Max(value = 1440, message = "must be at most 1440 minutes (a day)") Integer durationMinutes,
            @Valid PlaceInput place,
            @Size(max = 12, message = "must list each life domain at most once")
            List<@NotNull(message = "must be a life domain") LifeDomain> domains,
            @Size(max = 10000, message = "must be at most 10000 characters") @MultiLineText String note,
            @Size(max = 10000, message = "must be at most 10000 characters") @MultiLineText String healthNote)
            implements SelfChecking {

        @Override
        public void check(FieldChecks checks) {
            // the service checks the date again with its own clock; here it joins the annotations' 400
            FollowUpRules.checkNewStatus(checks, status);
            FollowUpRules.checkDate(checks, status == null ? FollowUpStatus.DONE : status, date, true,
                    LocalDate.now(BrusselsTime.ZONE));
            FollowUpRules.checkPlace(checks, mode, place != null);
        }

        FollowUpEntry entry() {
            return new FollowUpEntry(date, timeOf(time), status, mode, durationMinutes,
                    place == null ? null : place.name(), place == null ? null : place.category(), domains, note,
                    healthNote);
        }
    }

    /**
     * Any field may be left out (unchanged). {@code reason} is required to correct a follow-up that is DONE.
     *
     * @param time       "HH:mm", or "" to remove it
     * @param healthNote staff and coordinators only: a volunteer sending one gets 403
     */
    record ChangeFollowUp(
            @PlausibleDate(yearsBack = 10, yearsAhead = 2) LocalDate date,
            @Pattern(regexp = TIME, message = TIME_MESSAGE) String time,
            FollowUpStatus status,
            FollowUpMode mode,
            @Min(value = 1, message = "must be at least 1 minute")
            @Max(value = 1440, message = "must be at most 1440 minutes (a day)") Integer durationMinutes,
            @Valid PlaceInput place,
            @Size(max = 12, message = "must list each life domain at most once")
            List<@NotNull(message = "must be a life domain") LifeDomain> domains,
            @Size(max = 10000, message = "must be at most 10000 characters") @MultiLineText String note,
            @Size(max = 10000, message = "must be at most 10000 characters") @MultiLineText String healthNote,
            @Size(max = 500, message = "must be at most 500 characters") @MultiLineText String reason) implements SelfChecking {

        @Override
        public void check(FieldChecks checks) {
            checks.require(status != FollowUpStatus.WITHDRAWN, "status", FieldErrorCode.NOT_ALLOWED,
                    "withdraw it with POST .../withdraw, which asks why");
            if (mode != null && mode != FollowUpMode.ACCOMPANIMENT) {
                FollowUpRules.checkPlace(checks, mode, place != null);
            }
        }

        FollowUpChanges changes() {
            return new FollowUpChanges(date, timeOf(time), "".equals(time), status, mode, durationMinutes,
                    place == null ? null : place.name(), place == null ? null : place.category(), domains, note,
                    healthNote, reason);
        }
    }

    record Withdraw(
            @NotBlank(message = "say why it is withdrawn") @Size(max = 500, message = "must be at most 500 characters")
            @MultiLineText String reason) {
    }

    record PlaceInput(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @SingleLineText String name,
            @NotNull(message = "is required") PlaceCategory category) {
    }

    private static LocalTime timeOf(String text) {
        return text == null || text.isEmpty() ? null : LocalTime.parse(text);
    }
}
