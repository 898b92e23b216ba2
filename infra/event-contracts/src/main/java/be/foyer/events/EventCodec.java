package be.foyer.events;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes envelopes as JSON, the only form they take on Kafka. */
public final class EventCodec {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // the payload is read in the middle of the envelope; decode checks the envelope's own end
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private EventCodec() {
    }

    public static String encode(EventEnvelope<?> envelope) {
        return JSON.writeValueAsString(envelope);
    }

    /**
     * Reads an envelope. An event type this build does not know (a newer one, or one it does not consume) is
     * returned empty so that consumers skip it; anything unreadable throws {@link MalformedEventException}.
     * <p>
     * Read as a stream of tokens, the payload straight into its record once the type is known (producers write the
     * type first): building a tree of the whole envelope first cost a consumer as much as the rest of the reading
     * (docs/benchmarks.md). A payload that comes before the type is kept as a tree until the type is read.
     */
    public static Optional<EventEnvelope<DomainEvent>> decode(String json) {
        if (json == null) {
            throw new MalformedEventException("Record has no value");
        }
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedEventException("Envelope is not an object");
            }
            Fields fields = new Fields();
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "eventId" -> fields.eventId = text(parser, value);
                    case "type" -> fields.type = text(parser, value);
                    case "version" -> fields.version = version(parser, value);
                    case "occurredAt" -> fields.occurredAt = text(parser, value);
                    case "organisation" -> fields.organisation = text(parser, value);
                    case "aggregateId" -> fields.aggregateId = text(parser, value);
                    case "payload" -> fields.readPayload(parser, value);
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new MalformedEventException("Unreadable envelope: content after its end");
            }
            String typeName = required(fields.type, "type");
            Optional<EventType> type = EventType.find(typeName, fields.version);
            if (type.isEmpty()) {
                return Optional.empty();
            }
            DomainEvent payload = fields.payload(type.get());
            return Optional.of(new EventEnvelope<>(
                    UUID.fromString(required(fields.eventId, "eventId")),
                    typeName,
                    fields.version,
                    Instant.parse(required(fields.occurredAt, "occurredAt")),
                    required(fields.organisation, "organisation"),
                    required(fields.aggregateId, "aggregateId"),
                    payload));
        } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new MalformedEventException("Unreadable envelope: " + e.getMessage(), e);
        }
    }

    /** The envelope's fields as read, in whatever order they came. */
    private static final class Fields {
        String eventId;
        String type;
        int version = -1;
        String occurredAt;
        String organisation;
        String aggregateId;
        boolean payloadSeen;
        DomainEvent payload;
        JsonNode payloadTree;

        void readPayload(JsonParser parser, JsonToken value) {
            payloadSeen = true;
            if (value != JsonToken.START_OBJECT) {
                parser.skipChildren();
                payload = null;
                payloadTree = null;
                return;
            }
            Optional<EventType> known = type == null ? Optional.empty() : EventType.find(type, version);
            if (known.isPresent()) {
                payload = JSON.readValue(parser, known.get().payloadType());
                payloadTree = null;
            } else {
                payloadTree = JSON.readTree(parser);
                payload = null;
            }
        }

        DomainEvent payload(EventType type) {
            if (payload != null && payload.getClass() == type.payloadType()) {
                return payload;
            }
            if (payloadTree != null) {
                return JSON.treeToValue(payloadTree, type.payloadType());
            }
            throw new MalformedEventException("Envelope has no payload object");
        }
    }

    private static String text(JsonParser parser, JsonToken value) {
        if (value == JsonToken.VALUE_STRING) {
            return parser.getString();
        }
        parser.skipChildren();
        return null;
    }

    /** As the tree read it: a number, or a text holding one; anything else is no version. */
    private static int version(JsonParser parser, JsonToken value) {
        if (value == JsonToken.VALUE_NUMBER_INT) {
            return parser.getIntValue();
        }
        if (value == JsonToken.VALUE_STRING) {
            try {
                return Integer.parseInt(parser.getString().trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        parser.skipChildren();
        return -1;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("Envelope field '" + field + "' is missing");
        }
        return value;
    }
}
