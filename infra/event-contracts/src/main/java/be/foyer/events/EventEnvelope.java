package be.foyer.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels on every Foyer topic: the Kafka record key is {@link #aggregateId()}, the value is this envelope
 * as JSON. The payload is one of the records of {@link EventType}; it never holds a name, contact, note or health
 * datum of a person.
 */
public record EventEnvelope<P extends DomainEvent>(
        UUID eventId,
        String type,
        int version,
        Instant occurredAt,
        String organisation,
        String aggregateId,
        P payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
    }

    /** A new envelope for an event that just happened in {@code organisation}. */
    public static <P extends DomainEvent> EventEnvelope<P> of(String organisation, P payload, Instant occurredAt) {
        EventType type = EventType.of(payload);
        return new EventEnvelope<>(UUID.randomUUID(), type.typeName(), type.version(), occurredAt, organisation,
                payload.aggregateId(), payload);
    }

    public String topic() {
        return EventType.of(payload).topic();
    }
}
