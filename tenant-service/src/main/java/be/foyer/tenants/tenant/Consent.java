package be.foyer.tenants.tenant;

import be.foyer.events.tenants.ConsentPurpose;
import java.time.Instant;
import java.time.LocalDate;

/** A tenant's answer for one purpose, as given on {@code changedOn} and recorded by a worker. */
public record Consent(ConsentPurpose purpose, boolean granted, LocalDate changedOn, String recordedBy,
        Instant recordedAt) {
}
