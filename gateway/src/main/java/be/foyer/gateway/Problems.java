package be.foyer.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * RFC 9457 problem documents answered by the gateway itself (401, 403, 503, gateway-side 404...).
 * Written by hand so that every path (security entry point, fallback, error handler) renders the same shape.
 */
public final class Problems {

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
        StringBuilder json = new StringBuilder(256).append('{');
        field(json, "type", "about:blank").append(',');
        field(json, "title", status.getReasonPhrase()).append(',');
        json.append("\"status\":").append(status.value()).append(',');
        field(json, "detail", detail);
        if (instance != null) {
            field(json.append(','), "instance", instance);
        }
        if (correlationId != null) {
            field(json.append(','), "correlationId", correlationId);
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
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

    private static StringBuilder field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
