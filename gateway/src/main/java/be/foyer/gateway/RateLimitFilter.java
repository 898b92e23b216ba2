package be.foyer.gateway;

import java.time.Duration;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Per-user and per-organisation request budgets ({@link RateLimits}) for every request that carries a valid token:
 * the user is the token's subject, the organisation the one the request acts for (the {@code X-Organisation}
 * header when it names one of the token's organisations, else the token's first; a token without organisation has
 * only its user budget). Beyond a budget: 429 problem+json with {@code Retry-After} in seconds, and the request goes
 * no further. Requests without a token (the web pages, the calendar feed, health) have no budget here (the open paths
 * have one per client address, {@link AnonymousRateLimitFilter}): web's own calls to the API carry the user's token
 * and count for that user.
 */
@Component
public class RateLimitFilter implements WebFilter, Ordered {

    private final TokenBuckets users;
    private final TokenBuckets organisations;

    public RateLimitFilter(RateLimits limits) {
        this.users = new TokenBuckets(limits.user(), System::nanoTime);
        this.organisations = new TokenBuckets(limits.organisation(), System::nanoTime);
    }

    /** After Spring Security's chain (-100), which has checked the token; before {@link InFlightLimitFilter}. */
    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication() instanceof JwtAuthenticationToken token ? token : null)
                .map(token -> admit(Requester.of(token, exchange)))
                .defaultIfEmpty(Verdict.SERVED)
                .flatMap(verdict -> verdict.delay().isZero() ? chain.filter(exchange) : Problems.tooManyRequests(exchange, verdict.delay(), verdict.reason()));
    }

    private Verdict admit(Requester requester) {
        Duration userWait = users.take(requester.user());
        if (!userWait.isZero()) {
            return new Verdict(userWait, "You have sent too many requests");
        }
        if (requester.organisation() == null) {
            return Verdict.SERVED;
        }
        Duration organisationWait = organisations.take(requester.organisation());
        if (!organisationWait.isZero()) {
            users.giveBack(requester.user());
            return new Verdict(organisationWait, "Your organisation has sent too many requests");
        }
        return Verdict.SERVED;
    }

    private record Verdict(Duration delay, String reason) {
        static final Verdict SERVED = new Verdict(Duration.ZERO, null);
    }
}
