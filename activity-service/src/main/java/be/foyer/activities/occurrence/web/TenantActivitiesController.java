package be.foyer.activities.occurrence.web;

import java.time.Instant;
import java.time.LocalDateTime;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.activities.activity.ActivityStatus;
import be.foyer.activities.occurrence.Occurrence;
import be.foyer.activities.occurrence.Presence;
import be.foyer.activities.occurrence.RegistrationStatus;
import be.foyer.activities.occurrence.TenantActivities;
import be.foyer.activities.occurrence.TenantActivities.TenantOccurrence;
import be.foyer.platform.domain.InvalidInputException;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.security.Caller;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A tenant's activities, for their file. A literal path: Spring prefers it to {@code /api/activities/{id}}, so
 * {@code registrations} is never read as an activity id. Volunteers are refused: this service does not know which
 * tenants are assigned to them (tenant-service does), so it cannot tell theirs from the others.
 */
@Tag(name = "Registrations", description = "Tenants registered to an occurrence of an activity.")
@RestController
@RequestMapping("/api/activities/registrations")
@PreAuthorize("hasAnyRole('staff', 'coordinator')")
public class TenantActivitiesController {

    private final TenantActivities tenantActivities;

    public TenantActivitiesController(TenantActivities tenantActivities) {
        this.tenantActivities = tenantActivities;
    }

    @Operation(summary = "List a tenant's activity registrations")
    @GetMapping
    public PageResult<TenantActivityView> list(Caller caller, PageQuery page,
            @RequestParam(required = false) String tenantId) {
        if (tenantId == null || tenantId.isBlank()) {
            throw InvalidInputException.onField("tenantId", FieldErrorCode.REQUIRED, "is required");
        }
        return tenantActivities.of(caller.requireOrganisation(), tenantId.strip(), page).map(TenantActivityView::of);
    }

    /**
     * One occurrence in the tenant's file: {@code status} is their registration's (CONFIRMED, WAITLISTED or
     * CANCELLED), {@code occurrenceStatus} the occurrence's (SCHEDULED, HELD, CANCELLED); {@code attended} is
     * {@code null} until attendance is taken. {@code registrationId} is what {@code DELETE
     * /api/activities/{activityId}/registrations/{registrationId}} withdraws.
     */
    public record TenantActivityView(String activityId, String occurrenceId, String registrationId, String title,
            LocalDateTime start, LocalDateTime end, String timeZone, Instant startsAt, Instant endsAt,
            RegistrationStatus status, Integer waitlistPosition, Boolean attended, ActivityStatus occurrenceStatus) {

        static TenantActivityView of(TenantOccurrence entry) {
            Occurrence occurrence = entry.occurrence();
            Presence presence = entry.registration().presence();
            return new TenantActivityView(occurrence.activity().id(), occurrence.id(), entry.registration().id(),
                    occurrence.activity().title(), occurrence.start(), occurrence.end(),
                    occurrence.activity().zone().getId(), occurrence.startsAt(), occurrence.endsAt(),
                    entry.registration().status(), entry.waitlistPosition(),
                    presence == null ? null : presence == Presence.PRESENT, occurrence.status());
        }
    }
}
