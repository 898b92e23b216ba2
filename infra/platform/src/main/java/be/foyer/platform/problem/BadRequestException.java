package be.foyer.platform.problem;

import java.util.List;

/** Answers 400 with the fields at fault, for rules that bean validation cannot express. */
public class BadRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public BadRequestException(String message) {
        this(message, List.of());
    }

    public BadRequestException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public static BadRequestException onField(String field, String message) {
        return new BadRequestException(field + ": " + message, List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
