package be.foyer.gateway;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import reactor.core.publisher.Mono;

/**
 * A budget per client address ({@code foyer.gateway.rate-limit.anonymous}) for requests without a token on the paths
 * open to anyone: the API without a token (the calendar feed, and the 401s of whoever tries the API without one),
 * health, the API documents, and web's sign-in and sign-out paths. Beyond it: 429 problem+json with
 * {@code Retry-After}. Runs before authentication, so a flood of them costs no token check.
 * <p>
 * The address is the connection's: behind a proxy every client shares the proxy's budget (the proxy must limit its
 * own clients). The web pages themselves are not counted: they need web's session, and the browser suites and a demo
 * send many of them from one address.
 */
@Component
public class AnonymousRateLimitFilter implements WebFilter, Ordered {

    private static final List<PathPattern> OPEN_PATHS = List.of("/api/**", "/actuator/**", "/v3/api-docs/**",
            "/oauth2/**", "/login/**", "/logout", "/signed-out").stream().map(PathPatternParser.defaultInstance::parse)
            .toList();

    private final TokenBuckets addresses;

    public AnonymousRateLimitFilter(RateLimits limits) {
        this.addresses = new TokenBuckets(limits.anonymous(), System::nanoTime);
    }

    /** After the body limit, before Spring Security's chain (-100). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION) || !onOpenPath(exchange)) {
            return chain.filter(exchange);
        }
        Duration wait = addresses.take(clientAddress(exchange));
        return wait.isZero() ? chain.filter(exchange)
                : Problems.tooManyRequests(exchange, wait, "Too many requests from your address");
    }

    private static boolean onOpenPath(ServerWebExchange exchange) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        return OPEN_PATHS.stream().anyMatch(pattern -> pattern.matches(path));
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
