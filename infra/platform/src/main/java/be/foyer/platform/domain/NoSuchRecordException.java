package be.foyer.platform.domain;

/**
 * The record asked for does not exist for the caller (problem+json 404). Thrown alike for an id that does not exist and for one of another organisation, so that an id
 * reveals nothing about who holds it.
 */
public class NoSuchRecordException extends RuntimeException {

    public NoSuchRecordException(String what, String id) {
        super("No " + what + " with id '" + id + "'.");
    }
}
