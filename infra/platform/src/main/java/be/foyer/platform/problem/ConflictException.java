package be.foyer.platform.problem;

/** Answers 409: the request is well formed but clashes with the current state (capacity, overlap, ...). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
