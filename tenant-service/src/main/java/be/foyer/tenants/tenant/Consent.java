package be.foyer.tenants.tenant;

import be.foyer.events.tenants.ConsentPurpose;
import java.time.Instant;
import java.time.LocalDate;

import be.foyer.platform.domain.Author;

/** A tenant's answer for one purpose, as given on {@code changedOn} and recorded by a worker. */
public record Consent(ConsentPurpose purpose, boolean granted, LocalDate changedOn, Author recordedBy,
        Instant recordedAt) {
}
