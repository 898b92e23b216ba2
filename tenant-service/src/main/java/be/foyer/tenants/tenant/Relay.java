package be.foyer.tenants.tenant;

import java.time.Instant;
import java.time.LocalDate;

import be.foyer.platform.domain.Author;

/**
 * A handover to another service on {@code date}, with the period the organisation stays involved ending on
 * {@code handoverUntil} (optional). The contact person is a third party's personal data: it is kept sealed with
 * the tenant's key and never leaves this service.
 */
public record Relay(String id, ReceivingService service, LocalDate date, LocalDate handoverUntil,
        String sealedContact, Author recordedBy, Instant recordedAt) {
}
