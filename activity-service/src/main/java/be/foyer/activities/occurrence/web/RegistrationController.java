package be.foyer.activities.occurrence.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.activities.occurrence.Participants;
import be.foyer.activities.occurrence.RegistrationService;
import be.foyer.activities.occurrence.RegistrationService.Registered;
import be.foyer.platform.security.Caller;
import be.foyer.platform.validation.SingleLineText;
import be.foyer.platform.web.PageQuery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Registrations to occurrences. Staff and coordinators register their own organisation's tenants, volunteers the
 * tenants assigned to them; the participant list shows others' registrations only to the organiser and facilitators
 * (a volunteer sees the counts and the rows of their assigned tenants), and never to the federation analyst.
 */
@Tag(name = "Registrations", description = "Tenants registered to an occurrence of an activity.")
@RestController
@RequestMapping("/api/activities/{id}/registrations")
public class RegistrationController {

    private final RegistrationService registrations;

    public RegistrationController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Operation(summary = "Register a tenant to an occurrence")
    @PostMapping
    @PreAuthorize("hasAnyRole('staff', 'coordinator', 'volunteer')")
    public ResponseEntity<RegistrationView> register(Caller caller, @PathVariable String id,
            @Valid @RequestBody Register request) {
        Registered registered = registrations.register(caller, id, request.occurrenceId(), request.tenantId().strip(),
                request.firstName());
        return ResponseEntity.created(URI.create("/api/activities/" + id + "/registrations/"
                        + registered.registration().id()))
                .body(RegistrationView.of(registered.occurrence().id(), registered.registration(),
                        registered.registration().firstName(),
                        registered.occurrence().state().waitlistPosition(registered.registration().id())));
    }

    /** {@code occurrenceId} may be left out for a one-off activity. */
    @Operation(summary = "List an occurrence's participants")
    @GetMapping
    @PreAuthorize("hasAnyRole('staff', 'coordinator', 'facilitator', 'volunteer')")
    public ParticipantsView list(Caller caller, @PathVariable String id,
            @RequestParam(required = false) String occurrenceId, PageQuery page) {
        Participants participants = registrations.participants(caller, id, occurrenceId, page);
        return ParticipantsView.of(participants, page);
    }

    /** Withdraws the registration; the first one waiting takes the freed place. */
    @Operation(summary = "Cancel a registration")
    @DeleteMapping("/{registrationId}")
    @PreAuthorize("hasAnyRole('staff', 'coordinator', 'facilitator', 'volunteer')")
    public ResponseEntity<Void> cancel(Caller caller, @PathVariable String id, @PathVariable String registrationId) {
        registrations.cancel(caller, id, registrationId);
        return ResponseEntity.noContent().build();
    }

    public record Register(
            @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") @SingleLineText String tenantId,
            @Size(max = 64, message = "must be at most 64 characters") @SingleLineText String occurrenceId,
            @Size(max = 100, message = "must be at most 100 characters") @SingleLineText String firstName) {
    }
}
