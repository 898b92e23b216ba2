package be.foyer.gateway;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpStatus;
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
 * no further. Requests without a token (the web pages, the calendar feed, health) have no budget here: web's own calls
 * to the API carry the user's token and count for that user.
 * <p>
 * Runs after Spring Security's chain (order -100), which has checked the token by then.
 */
@Component
public class RateLimitFilter implements WebFilter {

    private static final String ORGANISATION_HEADER = "X-Organisation";

    private final TokenBuckets users;
    private final TokenBuckets organisations;

    public RateLimitFilter(RateLimits limits) {
        this.users = new TokenBuckets(limits.user(), System::nanoTime);
        this.organisations = new TokenBuckets(limits.organisation(), System::nanoTime);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication() instanceof JwtAuthenticationToken token ? token : null)
                .map(token -> admit(token, exchange.getRequest().getHeaders().getFirst(ORGANISATION_HEADER)))
                .defaultIfEmpty(Verdict.SERVED)
                .flatMap(verdict -> verdict.delay().isZero() ? chain.filter(exchange) : refuse(exchange, verdict));
    }

    private Verdict admit(JwtAuthenticationToken token, String requestedOrganisation) {
        String user = token.getToken().getSubject();
        Duration userWait = users.take(user);
        if (!userWait.isZero()) {
            return new Verdict(userWait, "You have sent too many requests");
        }
        String organisation = organisationOf(token, requestedOrganisation);
        if (organisation == null) {
            return Verdict.SERVED;
        }
        Duration organisationWait = organisations.take(organisation);
        if (!organisationWait.isZero()) {
            users.giveBack(user);
            return new Verdict(organisationWait, "Your organisation has sent too many requests");
        }
        return Verdict.SERVED;
    }

    private static String organisationOf(JwtAuthenticationToken token, String requested) {
        List<String> organisations = token.getToken().getClaimAsStringList("organization");
        if (organisations == null || organisations.isEmpty()) {
            return null;
        }
        return requested != null && organisations.contains(requested) ? requested : organisations.get(0);
    }

    private static Mono<Void> refuse(ServerWebExchange exchange, Verdict verdict) {
        long seconds = Math.max(1, (verdict.delay().toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(seconds));
        return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
                verdict.reason() + "; please try again in " + seconds + (seconds == 1 ? " second." : " seconds."));
    }

    private record Verdict(Duration delay, String reason) {
        static final Verdict SERVED = new Verdict(Duration.ZERO, null);
    }
}
