package be.foyer.activities.activity.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.activities.activity.Activity;
import be.foyer.activities.activity.ActivityCategory;
import be.foyer.activities.activity.ActivityService;
import be.foyer.activities.activity.ActivityStatus;
import be.foyer.activities.activity.Visibility;
import be.foyer.activities.activity.web.ActivityRequests.ChangeActivity;
import be.foyer.activities.activity.web.ActivityRequests.ScheduleActivity;
import be.foyer.platform.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The shared calendar's series (its list of occurrences: {@code occurrence.web.CalendarController}). Facilitators, staff and coordinators schedule; volunteers read too, and so does the federation
 * analyst (federation activities only: the analyst belongs to no organisation). Times are Brussels
 * local date-times ({@code 2026-12-03T14:00}) both ways.
 */
@Tag(name = "Activities", description = "Activities and their series, as planned by facilitators.")
@RestController
@RequestMapping("/api/activities")
@PreAuthorize("hasAnyRole('facilitator', 'staff', 'coordinator', 'volunteer', 'federation-analyst')")
public class ActivityController {

    private final ActivityService activities;

    public ActivityController(ActivityService activities) {
        this.activities = activities;
    }

    @Operation(summary = "Schedule an activity or a series")
    @PostMapping
    @PreAuthorize("hasAnyRole('facilitator', 'staff', 'coordinator')")
    public ResponseEntity<ActivityView> schedule(Caller caller, @Valid @RequestBody ScheduleActivity request) {
        Activity activity = activities.schedule(caller.requireOrganisation(), request.details(), caller.author());
        return ResponseEntity.created(URI.create("/api/activities/" + activity.id())).body(ActivityView.of(activity));
    }

    @Operation(summary = "Read an activity")
    @GetMapping("/{id}")
    public ActivityView get(Caller caller, @PathVariable String id) {
        return ActivityView.of(activities.get(caller.organisation(), id));
    }

    /** Changes the series (only the fields given) or cancels it; one occurrence alone: {@code /occurrences/{id}}. */
    @Operation(summary = "Change an activity or its series")
    @PatchMapping("/{id}")
    @PreAuthorize("hasAnyRole('facilitator', 'staff', 'coordinator')")
    public ActivityView change(Caller caller, @PathVariable String id, @Valid @RequestBody ChangeActivity request) {
        return ActivityView.of(activities.change(caller, id, request.details(),
                request.status() == ActivityStatus.CANCELLED));
    }

    /** {@code start} and {@code end} are the first occurrence's local date-times in {@code timeZone}. */
    public record ActivityView(String id, String organisation, String title, String description,
            ActivityCategory category, Visibility visibility, PlaceView place, LocalDateTime start, LocalDateTime end,
            String timeZone, boolean recurring, String recurrence, List<LocalDate> exceptions, int capacity,
            Integer registrationClosesHoursBefore, Integer costCents, String accessibility, ActivityStatus status) {
        static ActivityView of(Activity activity) {
            return new ActivityView(activity.id(), activity.organisation(), activity.title(), activity.description(),
                    activity.category(), activity.visibility(), PlaceView.of(activity.place()), activity.start(),
                    activity.end(), activity.zone().getId(), activity.recurring(),
                    activity.recurring() ? activity.recurrence().rule() : null, activity.exceptions(),
                    activity.capacity(), activity.registrationClosesHoursBefore(), activity.costCents(),
                    activity.accessibility(), activity.status());
        }
    }
}
