package be.foyer.activities.activity.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import be.foyer.activities.activity.ActivityCategory;
import be.foyer.activities.activity.ActivityDetails;
import be.foyer.activities.activity.ActivityStatus;
import be.foyer.activities.activity.PlaceCategory;
import be.foyer.activities.activity.Visibility;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.problem.SelfChecking;
import be.foyer.platform.validation.MultiLineText;
import be.foyer.platform.validation.PlausibleDate;
import be.foyer.platform.validation.SingleLineText;

/** The bodies of {@code POST} and {@code PATCH /api/activities}. Times are Brussels local date-times. */
public final class ActivityRequests {

    private ActivityRequests() {
    }

    public record PlaceRequest(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @SingleLineText String name,
            @Size(max = 300, message = "must be at most 300 characters") @SingleLineText String address,
            @NotNull(message = "is required (HEALTH, ADMINISTRATION, HOUSING, CULTURE, NATURE, SPORT, FAMILY, TRAINING)")
            PlaceCategory category) {
    }

    public record ScheduleActivity(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @SingleLineText String title,
            @Size(max = 4000, message = "must be at most 4000 characters") @MultiLineText String description,
            @NotNull(message = "is required") ActivityCategory category,
            @NotNull(message = "is required") Visibility visibility,
            @Valid PlaceRequest place,
            @NotNull(message = "is required (Brussels local time, YYYY-MM-DDThh:mm)") @PlausibleDate(yearsBack = 10, yearsAhead = 15) LocalDateTime start,
            @NotNull(message = "is required (Brussels local time, YYYY-MM-DDThh:mm)") @PlausibleDate(yearsBack = 10, yearsAhead = 15) LocalDateTime end,
            @Size(max = 300, message = "must be at most 300 characters") @SingleLineText String recurrence,
            @Size(max = 100, message = "must list at most 100 dates")
            List<@PlausibleDate(yearsBack = 10, yearsAhead = 15) LocalDate> exceptions,
            @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1 place")
            @Max(value = 500, message = "must be at most 500 places") Integer capacity,
            @Min(value = 0, message = "must be 0 or more hours") @Max(value = 8760, message = "must be at most a year")
            Integer registrationClosesHoursBefore,
            @Min(value = 0, message = "must be 0 or more (in cents)") Integer costCents,
            @Size(max = 1000, message = "must be at most 1000 characters") @MultiLineText String accessibility)
            implements SelfChecking {

        /** The rules between fields, beside the annotations: an end before the start and a bad rule come together. */
        @Override
        public void check(FieldChecks checks) {
            details().check(checks);
        }

        ActivityDetails details() {
            return new ActivityDetails(title, description, category, visibility,
                    place == null ? null : place.name(), place == null ? null : place.address(),
                    place == null ? null : place.category(), start, end, recurrence, exceptions, capacity,
                    registrationClosesHoursBefore, costCents, accessibility);
        }
    }

    /**
     * Only the fields given change. {@code "recurrence": ""} makes a series one-off; {@code "status": "CANCELLED"}
     * cancels the whole series.
     */
    public record ChangeActivity(
            @Size(min = 1, max = 200, message = "must be 1 to 200 characters") @SingleLineText String title,
            @Size(max = 4000, message = "must be at most 4000 characters") @MultiLineText String description,
            ActivityCategory category,
            Visibility visibility,
            @Valid PlaceRequest place,
            @PlausibleDate(yearsBack = 10, yearsAhead = 15) LocalDateTime start,
            @PlausibleDate(yearsBack = 10, yearsAhead = 15) LocalDateTime end,
            @Size(max = 300, message = "must be at most 300 characters") @SingleLineText String recurrence,
            @Size(max = 100, message = "must list at most 100 dates")
            List<@PlausibleDate(yearsBack = 10, yearsAhead = 15) LocalDate> exceptions,
            @Min(value = 1, message = "must be at least 1 place")
            @Max(value = 500, message = "must be at most 500 places") Integer capacity,
            @Min(value = 0, message = "must be 0 or more hours") @Max(value = 8760, message = "must be at most a year")
            Integer registrationClosesHoursBefore,
            @Min(value = 0, message = "must be 0 or more (in cents)") Integer costCents,
            @Size(max = 1000, message = "must be at most 1000 characters") @MultiLineText String accessibility,
            ActivityStatus status) implements SelfChecking {

        /**
         * The rules of the change alone; those between the merged fields (an end after the start...) are checked on
         * the activity it makes.
         */
        @Override
        public void check(FieldChecks checks) {
            checks.require(title == null || !title.isBlank(), "title", FieldErrorCode.REQUIRED, "must not be blank");
            checks.require(status == null || status == ActivityStatus.CANCELLED, "status", FieldErrorCode.NOT_ALLOWED,
                    "only CANCELLED can be set here; attendance makes an occurrence HELD");
            if (start != null && end != null) {
                checks.require(end.isAfter(start), "end", FieldErrorCode.BEFORE_START, "must be after start");
            }
        }

        ActivityDetails details() {
            return new ActivityDetails(title, description, category,
                    visibility, place == null ? null : place.name(), place == null ? null : place.address(),
                    place == null ? null : place.category(), start, end, recurrence, exceptions, capacity,
                    registrationClosesHoursBefore, costCents, accessibility);
        }
    }
}
