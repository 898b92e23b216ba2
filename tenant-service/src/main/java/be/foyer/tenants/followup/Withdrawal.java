package be.foyer.tenants.followup;

import java.time.Instant;

import be.foyer.platform.domain.Author;

/** Why a follow-up entered by mistake was withdrawn, by whom and when (the reason is sealed in the store). */
public record Withdrawal(Instant withdrawnAt, Author withdrawnBy, String reason) {
}
