package be.foyer.events;

/** A payload of the event catalogue ({@link EventType}). */
public interface DomainEvent {

    /** The id of the aggregate the event belongs to; also the Kafka record key, so its events stay in order. */
    String aggregateId();
}
