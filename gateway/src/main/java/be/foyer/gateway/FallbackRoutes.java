package be.foyer.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * Target of the routes' {@code fallbackUri: forward:/fallback/<service>}: reached when the service refused
 * the connection, did not answer within the time limit, or its circuit breaker is open. Answers 503
 * problem+json naming the service in plain words. Only reachable by the gateway's internal forward (the
 * security chain denies it from outside).
 */
@Configuration(proxyBeanMethods = false)
public class FallbackRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(FallbackRoutes.class);

    @Bean
    RouterFunction<ServerResponse> serviceFallback() {
        return RouterFunctions.route(RequestPredicates.path("/fallback/{service}"), request -> {
            String service = request.pathVariable("service");
            ServerWebExchange exchange = request.exchange();
            String correlationId = CorrelationIdFilter.correlationId(exchange);
            Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
            CorrelationIdFilter.withMdc(correlationId, () -> LOG.warn("{} unavailable: {}", service,
                    cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage()));
            String instance = exchange.getAttribute(CorrelationIdFilter.ORIGINAL_PATH);
            byte[] body = Problems.body(HttpStatus.SERVICE_UNAVAILABLE, Problems.serviceUnavailableDetail(service),
                    instance, correlationId);
            return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header("Retry-After", "5")
                    .bodyValue(body);
        });
    }
}
