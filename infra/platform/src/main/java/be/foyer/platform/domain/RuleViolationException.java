package be.foyer.platform.domain;

import java.util.List;

/**
 * The change is well formed but the current state refuses it (capacity, overlap, ...): problem+json 409. Where a form
 * field is at fault (the dwelling is full, the room is taken), the problem names it under {@code errors} with the
 * code {@code conflicting}, like a 400, so that a page can show the refusal next to that field.
 */
public class RuleViolationException extends RuntimeException {

    private final List<FieldError> errors;

    public RuleViolationException(String message) {
        super(message);
        this.errors = List.of();
    }

    private RuleViolationException(FieldError error) {
        super(error.message());
        this.errors = List.of(error);
    }

    public static RuleViolationException onField(String field, String message) {
        return new RuleViolationException(new FieldError(field, FieldErrorCode.CONFLICTING, message));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
