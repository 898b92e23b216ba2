package be.foyer.platform.problem;

import java.util.List;

/**
 * Answers 409: the request is well formed but clashes with the current state (capacity, overlap, ...). Where a form
 * field is at fault (the dwelling is full, the room is taken), the problem names it under {@code errors} with the
 * code {@code conflicting}, like a 400, so that a page can show the refusal next to that field.
 */
public class ConflictException extends RuntimeException {

    private final List<FieldError> errors;

    public ConflictException(String message) {
        super(message);
        this.errors = List.of();
    }

    private ConflictException(FieldError error) {
        super(error.message());
        this.errors = List.of(error);
    }

    public static ConflictException onField(String field, String message) {
        return new ConflictException(new FieldError(field, FieldErrorCode.CONFLICTING, message));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
