package be.foyer.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/**
 * Errors raised by the gateway itself (no route matches: 404; Keycloak's key set unreachable: 503; anything
 * unexpected: 500) answer a problem
 * document too, like the rest of the platform. Runs before Boot's default error handler (order -1).
 * Answers of the services never pass here: they are streamed back unchanged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        if (failure instanceof AuthenticationServiceException) {
            // The token could not be checked at all (Keycloak's JWKS unreachable), not a bad token.
            CorrelationIdFilter.withMdc(CorrelationIdFilter.correlationId(exchange),
                    () -> LOG.warn("Cannot check bearer token: {}", failure.getMessage()));
            exchange.getResponse().getHeaders().set("Retry-After", "5");
            return Problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                    "The sign-in service is not answering; please try again in a moment.");
        }
        if (failure instanceof ResponseStatusException status) {
            HttpStatus resolved = HttpStatus.resolve(status.getStatusCode().value());
            if (resolved != null) {
                exchange.getResponse().getHeaders().addAll(status.getHeaders());
                return Problems.write(exchange, resolved, status.getReason() != null && resolved.is4xxClientError() && resolved != HttpStatus.NOT_FOUND
                        ? status.getReason() : defaultDetail(resolved));
            }
        }
        CorrelationIdFilter.withMdc(CorrelationIdFilter.correlationId(exchange),
                () -> LOG.error("Unexpected gateway error on {} {}", exchange.getRequest().getMethod(),
                        exchange.getRequest().getPath().value(), failure));
        return Problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, defaultDetail(HttpStatus.INTERNAL_SERVER_ERROR));
    }

    private static String defaultDetail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "No resource at this address.";
            case INTERNAL_SERVER_ERROR -> "The gateway failed to handle the request.";
            default -> status.getReasonPhrase();
        };
    }
}
