package be.foyer.activities.occurrence.web;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.activities.occurrence.OccurrenceState;
import be.foyer.activities.occurrence.RegistrationService;
import be.foyer.activities.occurrence.RegistrationService.Registered;
import be.foyer.activities.occurrence.RegistrationStatus;
import be.foyer.platform.security.Caller;
import be.foyer.platform.validation.SingleLineText;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** One tenant registered to every open occurrence of a series at once (staff, coordinators, assigned volunteers). */
@Tag(name = "Registrations", description = "Tenants registered to an occurrence of an activity.")
@RestController
@RequestMapping("/api/activities/{id}/series-registrations")
@PreAuthorize("hasAnyRole('staff', 'coordinator', 'volunteer')")
public class SeriesRegistrationController {

    private final RegistrationService registrations;

    public SeriesRegistrationController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    /** 201 with one item per registration made, by start; {@code Location} is the activity's participant list. */
    @Operation(summary = "Register a tenant to every coming occurrence of a series")
    @PostMapping
    public ResponseEntity<SeriesRegistrationView> register(Caller caller, @PathVariable String id,
            @Valid @RequestBody RegisterToSeries request) {
        String tenantId = request.tenantId().strip();
        List<Registered> made = registrations.registerSeries(caller, id, tenantId, request.firstName());
        return ResponseEntity.created(URI.create("/api/activities/" + id + "/registrations"))
                .body(new SeriesRegistrationView(tenantId, made.stream().map(SeriesItem::of).toList()));
    }

    public record RegisterToSeries(
            @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") @SingleLineText String tenantId,
            @Size(max = 100, message = "must be at most 100 characters") @SingleLineText String firstName) {
    }

    public record SeriesRegistrationView(String tenantId, List<SeriesItem> items) {
    }

    /**
     * @param start    the occurrence's Brussels local start
     * @param position the place in that date's waitlist (1 = next), when waiting
     */
    public record SeriesItem(String occurrenceId, LocalDateTime start, String registrationId,
            RegistrationStatus status, Integer position) {

        static SeriesItem of(Registered registered) {
            OccurrenceState state = registered.occurrence().state();
            return new SeriesItem(registered.occurrence().id(), registered.occurrence().start(),
                    registered.registration().id(), registered.registration().status(),
                    state.waitlistPosition(registered.registration().id()));
        }
    }
}
