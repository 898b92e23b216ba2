package be.foyer.platform.problem;

/**
 * Answers 404. Thrown alike for an id that does not exist and for one of another organisation, so that an id
 * reveals nothing about who holds it.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super("No " + what + " with id '" + id + "'.");
    }
}
