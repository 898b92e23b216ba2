package be.foyer.gateway;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds on requests in flight at the services ({@code foyer.gateway.in-flight}): at most {@code user} per signed-in
 * user and {@code organisation} per organisation, and {@code total} over all organisations, shared fairly
 * ({@link SharedSlots}). A request beyond a bound waits at the gateway, up to {@code maxWait}, while fewer than
 * {@code maxWaiting} wait for the same user or organisation; else 429.
 */
@ConfigurationProperties("foyer.gateway.in-flight")
public record InFlightLimits(int user, int organisation, int total, int maxWaiting, Duration maxWait) {
}
