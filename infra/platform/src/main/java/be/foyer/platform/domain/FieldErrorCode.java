package be.foyer.platform.domain;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stable, machine-readable reason a field was refused. Pages translate these codes into the user's language
 * next to the field; the English {@code message} beside them is for scripts and logs. A published code is never
 * renamed.
 */
public enum FieldErrorCode {
    /** Missing, null or blank. */
    REQUIRED,
    /** Text longer than allowed. */
    TOO_LONG,
    /** Text shorter than allowed. */
    TOO_SHORT,
    /** A list with more entries than allowed. */
    TOO_MANY,
    /** A list with fewer entries than required. */
    TOO_FEW,
    /** A number below its minimum. */
    TOO_SMALL,
    /** A number above its maximum. */
    TOO_LARGE,
    /** Text that does not have the expected shape (a phone number, a postcode, a rule). */
    INVALID_FORMAT,
    /** A value outside the allowed list (an enum). */
    NOT_ALLOWED,
    /** Not a date (YYYY-MM-DD), or not a date-time. */
    NOT_A_DATE,
    /** Not a whole number. */
    NOT_A_NUMBER,
    /** A date that must not lie in the future. */
    IN_FUTURE,
    /** A date that must not lie in the past. */
    IN_PAST,
    /** A date or time that comes before the one it must follow (an end before its start). */
    BEFORE_START,
    /** A number whose check digits do not match (the national register number). */
    CHECK_FAILED,
    /** Refers to something that does not exist or that the caller cannot see. */
    UNKNOWN,
    /** Two fields that contradict each other, or a value this state does not accept. */
    CONFLICTING,
    /** Text holding a control character or an invisible text-direction mark (line breaks only where allowed). */
    FORBIDDEN_CHARACTER,
    /** A date too far in the past or the future to be meant (year 1, a birth date to come, year 9999). */
    IMPLAUSIBLE_DATE,
    /** Anything else: the message says what. */
    INVALID;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
