package be.foyer.platform.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a rule, with the fields at fault (problem+json 400), for rules that bean validation cannot express. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(String message) {
        super(message);
        this.errors = List.of();
    }

    public InvalidInputException(List<FieldError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException onField(String field, FieldErrorCode code, String message) {
        return new InvalidInputException(List.of(new FieldError(field, code, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public static String describe(List<FieldError> errors) {
        return errors.isEmpty() ? "The request is invalid."
                : errors.stream().map(error -> error.field() + ": " + error.message())
                        .collect(Collectors.joining("; "));
    }
}
