package be.foyer.events;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes envelopes as JSON, the only form they take on Kafka. */
public final class EventCodec {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventCodec() {
    }

    public static String encode(EventEnvelope<?> envelope) {
        return JSON.writeValueAsString(envelope);
    }

    /**
     * Reads an envelope. An event type this build does not know (a newer one, or one it does not consume) is
     * returned empty so that consumers skip it; anything unreadable throws {@link MalformedEventException}.
     */
    public static Optional<EventEnvelope<DomainEvent>> decode(String json) {
        if (json == null) {
            throw new MalformedEventException("Record has no value");
        }
        try {
            JsonNode tree = JSON.readTree(json);
            String typeName = requiredText(tree, "type");
            int version = tree.path("version").asInt(-1);
            Optional<EventType> type = EventType.find(typeName, version);
            if (type.isEmpty()) {
                return Optional.empty();
            }
            JsonNode payloadNode = tree.get("payload");
            if (payloadNode == null || !payloadNode.isObject()) {
                throw new MalformedEventException("Envelope has no payload object");
            }
            DomainEvent payload = JSON.treeToValue(payloadNode, type.get().payloadType());
            return Optional.of(new EventEnvelope<>(
                    UUID.fromString(requiredText(tree, "eventId")),
                    typeName,
                    version,
                    Instant.parse(requiredText(tree, "occurredAt")),
                    requiredText(tree, "organisation"),
                    requiredText(tree, "aggregateId"),
                    payload));
        } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new MalformedEventException("Unreadable envelope: " + e.getMessage(), e);
        }
    }

    private static String requiredText(JsonNode tree, String field) {
        JsonNode node = tree.get(field);
        if (node == null || !node.isString() || node.asString().isBlank()) {
            throw new MalformedEventException("Envelope field '" + field + "' is missing");
        }
        return node.asString();
    }
}
