package be.foyer.events;

/** A record value that is not a readable envelope of the catalogue. Retrying cannot help: it goes to the DLT. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public MalformedEventException(String message) {
        super(message);
    }
}
