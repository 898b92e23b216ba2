package be.foyer.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Request budgets of the gateway ({@code foyer.gateway.rate-limit}): each signed-in user and each organisation has a
 * bucket of {@code burst} requests that refills at {@code perSecond}. The defaults are far above what a person
 * clicking (or a browser test clicking fast) sends, and low enough that one organisation cannot take the services
 * from the others. {@code anonymous} is per client address, for requests without a token on the paths open to anyone
 * ({@link AnonymousRateLimitFilter}).
 */
@ConfigurationProperties("foyer.gateway.rate-limit")
public record RateLimits(Budget user, Budget organisation, Budget anonymous) {

    public record Budget(int burst, double perSecond) {
    }
}
