package be.foyer.activities.occurrence.web;

import java.time.Instant;

import be.foyer.activities.occurrence.Presence;
import be.foyer.activities.occurrence.Registration;
import be.foyer.activities.occurrence.RegistrationStatus;

/**
 * A registration as the caller may see it. {@code tenantId} is {@code null} for another organisation's tenant, and
 * so is {@code firstName} unless that tenant consented to share it.
 *
 * @param position   the place in the waitlist (1 = next), when waiting
 * @param promotedAt when a waiting registration got a place, else {@code null}
 */
public record RegistrationView(String id, String occurrenceId, String organisation, String tenantId,
        String firstName, RegistrationStatus status, Integer position, Presence presence, Instant registeredAt,
        Instant promotedAt) {

    static RegistrationView of(String occurrenceId, Registration registration, String shownFirstName,
            Integer position) {
        return new RegistrationView(registration.id(), occurrenceId, registration.organisation(),
                registration.tenantId(), shownFirstName, registration.status(), position, registration.presence(),
                registration.registeredAt(), registration.promotedAt());
    }
}
