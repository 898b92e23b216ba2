package be.foyer.housing.problem;

import java.util.List;

import be.foyer.platform.problem.ConflictException;
import be.foyer.platform.problem.FieldError;
import be.foyer.platform.problem.FieldErrorCode;

/**
 * A 409 that names the field a page should mark: the request is well formed but the state refuses it (the dwelling
 * is full, the room is taken, the tenant already lives elsewhere then). The problem keeps its {@code detail} and
 * gains {@code errors:[{field, code:"conflicting", message}]}, like a 400, so that a form can show the refusal next
 * to the field and translate it by its code.
 */
public class FieldConflictException extends ConflictException {

    private final transient FieldError error;

    public FieldConflictException(String field, String message) {
        super(message);
        this.error = new FieldError(field, FieldErrorCode.CONFLICTING, message);
    }

    public List<FieldError> errors() {
        return List.of(error);
    }
}
