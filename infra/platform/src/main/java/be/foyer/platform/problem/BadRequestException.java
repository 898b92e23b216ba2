package be.foyer.platform.problem;

import java.util.List;
import java.util.stream.Collectors;

/** Answers 400 with the fields at fault, for rules that bean validation cannot express. */
public class BadRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public BadRequestException(String message) {
        super(message);
        this.errors = List.of();
    }

    public BadRequestException(List<FieldError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    public static BadRequestException onField(String field, FieldErrorCode code, String message) {
        return new BadRequestException(List.of(new FieldError(field, code, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    static String describe(List<FieldError> errors) {
        return errors.isEmpty() ? "The request is invalid."
                : errors.stream().map(error -> error.field() + ": " + error.message())
                        .collect(Collectors.joining("; "));
    }
}
