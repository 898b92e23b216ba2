package be.foyer.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A service stand-in on a random port (JDK HTTP server). Records what it receives; answers by path:
 * {@code .../missing} 404 problem, {@code .../invalid} 400 problem, {@code .../boom} 500 problem,
 * {@code .../slow} after {@link #SLOW}, {@code /v3/api-docs} a tiny OpenAPI document, the JWKS path the
 * JWK set given, anything else 200 JSON naming the service.
 */
final class StubBackend implements AutoCloseable {

    static final Duration SLOW = Duration.ofSeconds(3);
    static final String JWKS_PATH = "/realms/foyer/protocol/openid-connect/certs";

    /** What the stub received. Header names lower-cased. */
    record Received(String method, String path, String query, Map<String, List<String>> headers) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase());
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    final String name;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private volatile String jwks = "{\"keys\":[]}";

    StubBackend(String name) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void serveJwks(String jwkSetJson) {
        this.jwks = jwkSetJson;
    }

    /** The next request this stub received (waits a little), or {@code null}. */
    Received next() throws InterruptedException {
        return received.poll(2, TimeUnit.SECONDS);
    }

    /** The next request, skipping JWKS fetches. */
    Received nextApiCall() throws InterruptedException {
        Received r;
        do {
            r = next();
        } while (r != null && r.path().equals(JWKS_PATH));
        return r;
    }

    void clear() {
        received.clear();
    }

    static String problem(int status, String title, String detail) {
        return "{\"type\":\"https://foyer.example/problems/test\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
            String path = exchange.getRequestURI().getPath();
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), List.copyOf(v)));
            received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), headers));
            if (path.equals(JWKS_PATH)) {
                send(exchange, 200, "application/json", jwks);
            } else if (path.endsWith("/missing")) {
                send(exchange, 404, "application/problem+json", problem(404, "Not Found", "No tenant with this id."));
            } else if (path.endsWith("/invalid")) {
                send(exchange, 400, "application/problem+json", problem(400, "Bad Request", "firstName is required."));
            } else if (path.endsWith("/boom")) {
                send(exchange, 500, "application/problem+json", problem(500, "Internal Server Error", "Database down."));
            } else if (path.endsWith("/slow")) {
                try {
                    Thread.sleep(SLOW.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                send(exchange, 200, "application/json", "{\"service\":\"" + name + "\",\"slow\":true}");
            } else if (path.equals("/v3/api-docs")) {
                send(exchange, 200, "application/json",
                        "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + name + "\",\"version\":\"1\"}}");
            } else {
                send(exchange, 200, "application/json", "{\"service\":\"" + name + "\",\"path\":\"" + path + "\"}");
            }
        } catch (IOException e) {
            // client went away (e.g. the gateway's time limit): nothing to do
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        // like the services' platform filter: the correlation id comes back on the response
        String correlationId = exchange.getRequestHeaders().getFirst(CorrelationIdFilter.HEADER);
        if (correlationId != null) {
            exchange.getResponseHeaders().set(CorrelationIdFilter.HEADER, correlationId);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
