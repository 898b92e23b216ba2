package be.foyer.platform.messaging;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaUtils;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventCodec;
import be.foyer.events.EventEnvelope;

/**
 * The one way services take events in: reads the envelope (an unreadable record throws, and the error handler
 * sends it to the DLT), skips types this service does not know, and hands each eventId to the handler once per
 * consumer group, so that two listeners of one service on the same topic (each with its group) both see every event.
 * Handlers should still be natural upserts: the eventId is remembered after the handler ran, so a crash in between
 * delivers the event again.
 */
public class InboundEvents {

    static final String PROCESSED_EVENTS = "processed_events";

    private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);

    private final MongoCollection<Document> processed;
    private final Clock clock;

    public InboundEvents(MongoDatabase database, Clock clock) {
        this.processed = database.getCollection(PROCESSED_EVENTS);
        this.clock = clock;
    }

    public void accept(ConsumerRecord<String, String> record, EventHandler handler) {
        Optional<EventEnvelope<DomainEvent>> decoded = EventCodec.decode(record.value());
        if (decoded.isEmpty()) {
            log.debug("Skipped an event type this service does not consume at {}-{}@{}", record.topic(),
                    record.partition(), record.offset());
            return;
        }
        EventEnvelope<DomainEvent> event = decoded.get();
        String processedId = consumerGroup() + "/" + event.eventId();
        if (processed.find(Filters.eq("_id", processedId)).first() != null) {
            log.debug("Skipped event {} ({}): already processed", event.eventId(), event.type());
            return;
        }
        handler.handle(event);
        remember(processedId, event);
    }

    /** The group of the listener calling, which Spring Kafka exposes on the listener's thread. */
    private static String consumerGroup() {
        String group = KafkaUtils.getConsumerGroupId();
        return group == null ? "" : group;
    }

    private void remember(String processedId, EventEnvelope<DomainEvent> event) {
        try {
            processed.insertOne(new Document("_id", processedId)
                    .append("eventId", event.eventId().toString())
                    .append("type", event.type())
                    .append("processedAt", Date.from(clock.instant())));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** What a service does with one event it consumes. */
    @FunctionalInterface
    public interface EventHandler {
        void handle(EventEnvelope<DomainEvent> event);
    }
}
