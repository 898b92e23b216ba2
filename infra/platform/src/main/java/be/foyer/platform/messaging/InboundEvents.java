package be.foyer.platform.messaging;

import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventCodec;
import be.foyer.events.EventEnvelope;

/**
 * The one way services take events in, one record at a time: reads the envelope (an unreadable record throws, and
 * the error handler sends it to the DLT), skips types this service does not know, and hands each eventId to the
 * handler once per consumer group ({@link ProcessedEvents}). Handlers should still be natural upserts: the eventId is
 * remembered after the handler ran, so a crash in between delivers the event again.
 */
public class InboundEvents {

    private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);

    private final ProcessedEvents processed;

    public InboundEvents(ProcessedEvents processed) {
        this.processed = processed;
    }

    public void accept(ConsumerRecord<String, String> record, EventHandler handler) {
        Optional<EventEnvelope<DomainEvent>> decoded = EventCodec.decode(record.value());
        if (decoded.isEmpty()) {
            log.debug("Skipped an event type this service does not consume at {}-{}@{}", record.topic(),
                    record.partition(), record.offset());
            return;
        }
        EventEnvelope<DomainEvent> event = decoded.get();
        if (!processed.alreadyProcessed(List.of(event.eventId().toString())).isEmpty()) {
            log.debug("Skipped event {} ({}): already processed", event.eventId(), event.type());
            return;
        }
        handler.handle(event);
        processed.remember(List.of(event));
    }

    /** What a service does with one event it consumes. */
    @FunctionalInterface
    public interface EventHandler {
        void handle(EventEnvelope<DomainEvent> event);
    }
}
