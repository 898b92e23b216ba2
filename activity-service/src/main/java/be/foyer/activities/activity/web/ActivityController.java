package be.foyer.activities.activity.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.activities.activity.Activity;
import be.foyer.activities.activity.ActivityCategory;
import be.foyer.activities.activity.ActivityService;
import be.foyer.activities.activity.Visibility;
import be.foyer.platform.security.Caller;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/**
 * The shared calendar. Facilitators, staff and coordinators schedule; volunteers read too. Times are Brussels
 * local date-times ({@code 2026-12-03T14:00}) both ways.
 */
@RestController
@RequestMapping("/api/activities")
@PreAuthorize("hasAnyRole('facilitator', 'staff', 'coordinator', 'volunteer')")
public class ActivityController {

    private final ActivityService activities;

    public ActivityController(ActivityService activities) {
        this.activities = activities;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('facilitator', 'staff', 'coordinator')")
    public ResponseEntity<ActivityView> schedule(Caller caller, @Valid @RequestBody ScheduleActivity request) {
        Activity activity = activities.schedule(caller.requireOrganisation(), request.title(), request.category(),
                request.visibility(), request.start(), request.end(), request.capacity(), caller.userId());
        return ResponseEntity.created(URI.create("/api/activities/" + activity.id())).body(ActivityView.of(activity));
    }

    /** Federation activities of every organisation and the caller's own organisation ones, by start. */
    @GetMapping
    public PageResult<ActivityView> list(Caller caller, PageQuery page,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return activities.list(caller.organisation(), from, to, page)
                .map(ActivityView::of);
    }

    @GetMapping("/{id}")
    public ActivityView get(Caller caller, @PathVariable String id) {
        return ActivityView.of(activities.get(caller.organisation(), id));
    }


    public record ScheduleActivity(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String title,
            @NotNull(message = "is required") ActivityCategory category,
            @NotNull(message = "is required") Visibility visibility,
            @NotNull(message = "is required (Brussels local time, YYYY-MM-DDThh:mm)") LocalDateTime start,
            @NotNull(message = "is required (Brussels local time, YYYY-MM-DDThh:mm)") LocalDateTime end,
            @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1 place")
            @Max(value = 500, message = "must be at most 500 places") Integer capacity) {
    }

    /** {@code start} and {@code end} are local date-times in {@code timeZone}. */
    public record ActivityView(String id, String organisation, String title, ActivityCategory category,
            Visibility visibility, LocalDateTime start, LocalDateTime end, String timeZone, int capacity) {
        static ActivityView of(Activity activity) {
            return new ActivityView(activity.id(), activity.organisation(), activity.title(), activity.category(),
                    activity.visibility(), activity.localStart(), activity.localEnd(), activity.zone().getId(),
                    activity.capacity());
        }
    }
}
