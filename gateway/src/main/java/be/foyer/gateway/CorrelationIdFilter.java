package be.foyer.gateway;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Correlation id for every request that enters the gateway, and the gateway's access log line.
 * <p>
 * A {@link WebFilter} rather than a gateway {@code GlobalFilter}: it runs before Spring Security, so that
 * 401/403 answers and requests that match no route carry the id as well; the mutated request is what the
 * gateway forwards, so the services receive the same {@code X-Correlation-Id}.
 * <p>
 * An incoming id is kept when sane (at most 64 characters of {@code [A-Za-z0-9._-]}); otherwise a UUID is
 * generated. The id is returned on the response and written in the access log line (MDC key
 * {@value #MDC_KEY}, shown by {@code logging.pattern.correlation}). The log line carries the path only:
 * no query string (the calendar feed token travels there), no headers, no bodies.
 */
@Component
public class CorrelationIdFilter implements WebFilter, Ordered {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";
    /** The path the client asked for, before any rewrite or internal forward (problem {@code instance}). */
    static final String ORIGINAL_PATH = CorrelationIdFilter.class.getName() + ".path";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Logger ACCESS_LOG = LoggerFactory.getLogger("be.foyer.gateway.access");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String incoming = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = incoming != null && SANE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(HEADER, id))
                .build();
        ServerWebExchange mutated = exchange.mutate().request(request).build();
        mutated.getAttributes().put(ATTRIBUTE, id);
        mutated.getAttributes().put(ORIGINAL_PATH, request.getPath().value());
        mutated.getResponse().getHeaders().set(HEADER, id);
        long start = System.nanoTime();
        return chain.filter(mutated)
                .contextWrite(context -> context.put(MDC_KEY, id))
                .doFinally(signal -> logAccess(mutated, id, start));
    }

    /** The correlation id of this exchange (set by this filter), or {@code null} outside a request. */
    public static String correlationId(ServerWebExchange exchange) {
        String id = exchange.getAttribute(ATTRIBUTE);
        return id != null ? id : exchange.getRequest().getHeaders().getFirst(HEADER);
    }

    /** Runs {@code logging} with the correlation id in the MDC (reactive code hops threads: set it per line). */
    public static void withMdc(String correlationId, Runnable logging) {
        MDC.put(MDC_KEY, correlationId);
        try {
            logging.run();
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    private static void logAccess(ServerWebExchange exchange, String id, long start) {
        if (!ACCESS_LOG.isInfoEnabled()) {
            return;
        }
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        long millis = (System.nanoTime() - start) / 1_000_000;
        withMdc(id, () -> ACCESS_LOG.info("{} {} -> {} {}ms route={}",
                exchange.getRequest().getMethod(), exchange.getRequest().getPath().value(),
                status != null ? status.value() : "-", millis, route != null ? route.getId() : "-"));
    }
}
