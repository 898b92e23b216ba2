package be.foyer.gateway;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem documents answered by the gateway itself (401, 403, 503, gateway-side 404...).
 * Built in one place so that every path (security entry point, fallback, error handler) renders the same shape.
 */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    /** Plain-words detail when a service does not answer: "The tenant service is not answering; ...". */
    public static String serviceUnavailableDetail(String serviceId) {
        return "The " + plainName(serviceId) + " is not answering; please try again in a moment.";
    }

    /** {@code tenant-service} → {@code tenant service}. */
    public static String plainName(String serviceId) {
        return serviceId == null ? "service" : serviceId.replace('-', ' ').toLowerCase(Locale.ROOT);
    }

    public static byte[] body(HttpStatus status, String detail, String instance, String correlationId) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        if (correlationId != null) {
            problem.put("correlationId", correlationId);
        }
        return JSON.writeValueAsBytes(problem);
    }

    /**
     * 429 with {@code Retry-After} in whole seconds (at least 1) and a detail saying how long:
     * "{reason}; please try again in 3 seconds."
     */
    public static Mono<Void> tooManyRequests(ServerWebExchange exchange, Duration wait, String reason) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        return write(exchange, HttpStatus.TOO_MANY_REQUESTS,
                reason + "; please try again in " + seconds + (seconds == 1 ? " second." : " seconds."));
    }

    /** Writes a problem document on the exchange's response (unless something was already sent). */
    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        String instance = exchange.getAttribute(CorrelationIdFilter.ORIGINAL_PATH);
        byte[] bytes = body(status, detail, instance != null ? instance : exchange.getRequest().getPath().value(),
                CorrelationIdFilter.correlationId(exchange));
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(bytes.length);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(bytes)));
    }

}
