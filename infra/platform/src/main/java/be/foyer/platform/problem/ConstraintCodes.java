package be.foyer.platform.problem;

import be.foyer.platform.domain.FieldErrorCode;

import java.util.Collection;
import java.util.Map;

import jakarta.validation.ConstraintViolation;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.FieldError;

/** The stable code of a refused field, from the bean-validation constraint that refused it or from a self-check. */
final class ConstraintCodes {

    /** Marks the errors that {@link SelfCheckingValidator} adds, whose code is already decided. */
    static final String SELF_CHECK_PREFIX = "foyer.";

    private ConstraintCodes() {
    }

    static FieldErrorCode of(MessageSourceResolvable error, Object rejectedValue) {
        String[] codes = error.getCodes();
        if (codes == null || codes.length == 0) {
            return FieldErrorCode.INVALID;
        }
        for (String code : codes) {
            if (code.startsWith(SELF_CHECK_PREFIX)) {
                return FieldErrorCode.valueOf(code.substring(SELF_CHECK_PREFIX.length()));
            }
        }
        // Spring lists the codes from the most specific to the constraint's bare name ("Size").
        String constraint = codes[codes.length - 1];
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> FieldErrorCode.REQUIRED;
            case "Size", "Length" -> sizeCode(error, rejectedValue);
            case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> FieldErrorCode.TOO_SMALL;
            case "Max", "DecimalMax", "Negative", "NegativeOrZero" -> FieldErrorCode.TOO_LARGE;
            case "Pattern", "Email" -> FieldErrorCode.INVALID_FORMAT;
            case "Past", "PastOrPresent" -> FieldErrorCode.IN_FUTURE;
            case "Future", "FutureOrPresent" -> FieldErrorCode.IN_PAST;
            case "SingleLineText", "MultiLineText" -> FieldErrorCode.FORBIDDEN_CHARACTER;
            case "PlausibleDate" -> FieldErrorCode.IMPLAUSIBLE_DATE;
            default -> FieldErrorCode.INVALID;
        };
    }

    private static FieldErrorCode sizeCode(MessageSourceResolvable error, Object rejectedValue) {
        boolean tooBig = isAboveMax(error, rejectedValue);
        return rejectedValue instanceof Collection<?> || rejectedValue instanceof Map<?, ?>
                ? (tooBig ? FieldErrorCode.TOO_MANY : FieldErrorCode.TOO_FEW)
                : (tooBig ? FieldErrorCode.TOO_LONG : FieldErrorCode.TOO_SHORT);
    }

    private static boolean isAboveMax(MessageSourceResolvable error, Object rejectedValue) {
        int size = rejectedValue instanceof CharSequence text ? text.length()
                : rejectedValue instanceof Collection<?> list ? list.size()
                : rejectedValue instanceof Map<?, ?> map ? map.size() : -1;
        if (size < 0 || !(error instanceof FieldError fieldError) || !fieldError.contains(ConstraintViolation.class)) {
            return true; // the usual case: limits are maxima
        }
        Object max = fieldError.unwrap(ConstraintViolation.class).getConstraintDescriptor().getAttributes().get("max");
        return !(max instanceof Integer limit) || size > limit;
    }
}
