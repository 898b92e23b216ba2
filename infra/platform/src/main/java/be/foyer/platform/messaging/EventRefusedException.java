package be.foyer.platform.messaging;

/**
 * A readable event that this service does not believe: it contradicts what the service learnt from the authority on
 * the matter (a tenant's organisation is the one of its registration). It is not applied, counted in
 * {@code foyer.events.refused}, logged with ids only and sent to {@code <topic>.DLT} once, without retries. The
 * message must carry ids only.
 */
public class EventRefusedException extends RuntimeException {

    public EventRefusedException(String message) {
        super(message);
    }
}
