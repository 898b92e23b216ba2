package be.foyer.platform.outbox;

import java.util.Arrays;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.model.Updates;

import be.foyer.events.EventCodec;
import be.foyer.events.EventEnvelope;

/**
 * The transactional outbox, kept inside the aggregate's own document: an event is appended to the {@code outbox}
 * array in the same single-document write as the change it reports, so both happen or neither does, on MongoDB and
 * on stand-ins without transactions alike. {@link OutboxRelay} publishes and removes the entries.
 */
public final class Outbox {

    public static final String FIELD = "outbox";
    /** Entries Kafka refused for good, kept with their error for an operator (see {@link OutboxRelay}). */
    public static final String PARKED = "outboxParked";

    private Outbox() {
    }

    /** For an insert: the entries to put in the new document's {@value #FIELD} field. */
    public static List<Document> entries(EventEnvelope<?>... events) {
        return Arrays.stream(events).map(Outbox::entry).toList();
    }

    /** For an update: the operation appending the events, to combine with the aggregate's own changes. */
    public static Bson append(EventEnvelope<?>... events) {
        return Updates.pushEach(FIELD, entries(events));
    }

    static Document entry(EventEnvelope<?> event) {
        return new Document("eventId", event.eventId().toString())
                .append("type", event.type())
                .append("topic", event.topic())
                .append("key", event.aggregateId())
                .append("value", EventCodec.encode(event));
    }
}
