package be.foyer.reporting.projection;

import java.util.Arrays;
import java.util.Objects;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;
import be.foyer.events.MalformedEventException;

/**
 * Turns the events of one topic into facts; types it does not count are skipped. The listener (or a rebuild) hands
 * it a batch of events in two passes with one {@link FactBatch}: first {@link #prefetch} for every event, then
 * {@link #apply} for each in order, then flushes the batch once.
 */
public interface EventProjection {

    /** Announces to the batch the facts {@link #apply} will read for this event, so they are loaded together. */
    default void prefetch(EventEnvelope<DomainEvent> event, FactBatch batch) {
    }

    /** Writes the event's facts into the batch. */
    void apply(EventEnvelope<DomainEvent> event, FactBatch batch);

    /**
     * An event lacking what its fact is keyed or dated by cannot be counted: it is malformed, and the platform
     * sends it to the DLT at once instead of retrying.
     */
    static void require(EventEnvelope<?> event, Object... values) {
        if (Arrays.stream(values).anyMatch(Objects::isNull)) {
            throw new MalformedEventException(event.type() + " " + event.eventId() + " lacks an id or a date");
        }
    }
}
