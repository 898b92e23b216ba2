package be.foyer.platform.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every field at fault before refusing, so that one 400 names them all and a form can mark each field at
 * once. Domain rules write into it; {@link #throwIfAny()} refuses with all of them.
 */
public final class FieldChecks {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldChecks reject(String field, FieldErrorCode code, String message) {
        errors.add(new FieldError(field, code, message));
        return this;
    }

    /** Rejects {@code field} unless {@code valid}; a field already rejected is not named twice. */
    public FieldChecks require(boolean valid, String field, FieldErrorCode code, String message) {
        if (!valid && !hasError(field)) {
            reject(field, code, message);
        }
        return this;
    }

    public boolean hasError(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
