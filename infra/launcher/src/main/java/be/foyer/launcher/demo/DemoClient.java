package be.foyer.launcher.demo;

import be.foyer.launcher.process.GatewayAccess;
import be.foyer.launcher.process.Http;
import be.foyer.launcher.process.LauncherException;
import java.io.IOException;
import java.time.Duration;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo users at the gateway: JSON in and out, a token per user, and a count of what was created. Any answer
 * other than 2xx stops the seeding with the service's own problem text.
 */
final class DemoClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A tenant registered a moment ago is known to housing and activities once its event went through Kafka. */
    private static final Duration EVENTUAL = Duration.ofSeconds(60);

    private final GatewayAccess gateway;
    private final Map<String, String> tokens = new HashMap<>();
    private int created;

    DemoClient(GatewayAccess gateway) {
        this.gateway = gateway;
    }

    /** A JSON object from alternating names and values, in order; null values are left out, dates become ISO text. */
    static Map<String, Object> obj(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                Object value = namesAndValues[i + 1];
                object.put((String) namesAndValues[i], value instanceof Temporal ? value.toString() : value);
            }
        }
        return object;
    }

    int created() {
        return created;
    }

    /** POSTs and answers the created id. */
    String create(String user, String path, Object body) {
        created++;
        return send(user, "POST", path, body).path("id").asText("");
    }

    /**
     * POSTs something that refers to a tenant registered just before, retrying while the service does not know the
     * tenant yet (it answers 400 until the {@code TenantRegistered} event has reached it).
     */
    String createOnceKnown(String user, String path, Object body) {
        long deadline = System.nanoTime() + EVENTUAL.toNanos();
        while (true) {
            try {
                return create(user, path, body);
            } catch (LauncherException e) {
                created--;
                if (!e.getMessage().contains(" 400 ") || System.nanoTime() > deadline) {
                    throw e;
                }
                pause();
            }
        }
    }

    JsonNode post(String user, String path, Object body) {
        return send(user, "POST", path, body);
    }

    JsonNode put(String user, String path, Object body) {
        return send(user, "PUT", path, body);
    }

    void delete(String user, String path) {
        send(user, "DELETE", path, null);
    }

    private static final int MAX_RATE_LIMIT_WAITS = 60;

    private JsonNode send(String user, String method, String path, Object body) {
        String token = tokens.computeIfAbsent(user, gateway::accessToken);
        try {
            String json = body == null ? null : JSON.writeValueAsString(body);
            Http.Response response = Http.sendJson(method, gateway.gatewayUrl() + path, token, json);
            // The gateway's per-user budget (gateway/README.md): seeding sends as fast as the platform answers, so it
            // waits as any script should when told 429, then sends the same request again.
            for (int waited = 0; response.status() == 429 && waited < MAX_RATE_LIMIT_WAITS; waited++) {
                Thread.sleep(1000);
                response = Http.sendJson(method, gateway.gatewayUrl() + path, token, json);
            }
            if (!response.ok()) {
                throw new LauncherException(user + ": " + method + " " + path + " answered " + response.status() + " "
                        + Http.abbreviate(response.body()));
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new LauncherException(user + ": " + method + " " + path + " gave unreadable JSON: " + e.getMessage());
        } catch (IOException e) {
            throw new LauncherException(user + ": " + method + " " + path + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted");
        }
    }
}
