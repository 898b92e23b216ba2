package be.foyer.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Request bodies above {@code foyer.gateway.max-body-size} (1 MB by default) answer 413 problem+json and reach no
 * service. A body announced by {@code Content-Length} is judged before a byte of it is read. A body sent in chunks
 * (no length) is read up to the limit and forwarded whole, with its length, when it fits: the gateway streams
 * everything else, so this holds at most the limit per such request in memory, never more.
 * <p>
 * Right after the correlation id (before authentication): an oversized body is refused without being read, whoever
 * sends it.
 */
@Component
public class BodySizeLimitFilter implements WebFilter, Ordered {

    private final long maxBytes;

    public BodySizeLimitFilter(@Value("${foyer.gateway.max-body-size:1MB}") DataSize maxBodySize) {
        this.maxBytes = maxBodySize.toBytes();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        long announced = headers.getContentLength();
        if (announced > maxBytes) {
            return tooLarge(exchange);
        }
        if (announced >= 0 || !headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(exchange.getRequest().getBody(), (int) Math.min(maxBytes, Integer.MAX_VALUE))
                .map(body -> exchange.mutate().request(withBody(exchange.getRequest(), body)).build())
                .defaultIfEmpty(exchange)
                .flatMap(chain::filter)
                .onErrorResume(DataBufferLimitException.class, tooBig -> tooLarge(exchange));
    }

    private static ServerHttpRequest withBody(ServerHttpRequest request, DataBuffer body) {
        ServerHttpRequest sized = request.mutate().headers(headers -> {
            headers.remove(HttpHeaders.TRANSFER_ENCODING);
            headers.setContentLength(body.readableByteCount());
        }).build();
        return new ServerHttpRequestDecorator(sized) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.just(body);
            }
        };
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than the " + DataSize.ofBytes(maxBytes).toKilobytes()
                        + " KB the platform accepts.");
    }
}
