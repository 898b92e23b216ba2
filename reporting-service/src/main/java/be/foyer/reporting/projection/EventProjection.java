package be.foyer.reporting.projection;

import java.util.Arrays;
import java.util.Objects;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;
import be.foyer.events.MalformedEventException;

/** Turns the events of one topic into facts; types it does not count are skipped. */
public interface EventProjection {

    void apply(EventEnvelope<DomainEvent> event);

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
