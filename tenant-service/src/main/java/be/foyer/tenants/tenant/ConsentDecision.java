package be.foyer.tenants.tenant;

import java.time.LocalDate;

/** A consent as a worker records it: the person's answer for one purpose, given on {@code date}. */
public record ConsentDecision(ConsentPurpose purpose, boolean granted, LocalDate date) {
}
