package be.foyer.tenants.followup;

import java.time.Instant;

import be.foyer.platform.domain.Author;

/** A change made to a follow-up after it was recorded: who, when and why (the reason is sealed in the store). */
public record Correction(Instant correctedAt, Author correctedBy, String reason) {
}
