package be.foyer.platform.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date (or date-time) a person can have meant: no earlier than {@link #yearsBack()} years before today and no
 * later than {@link #yearsAhead()} years after it ({@code 0}: not in the future). Catches a follow-up in year 1, a
 * birth date to come, an activity in 9999. Refused with the code {@code implausible_date}; {@code null} is valid.
 * Supports {@code LocalDate}, {@code LocalDateTime}, {@code OffsetDateTime}, {@code ZonedDateTime}, {@code Instant}
 * and {@code YearMonth}.
 */
@Documented
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    /** How many years before today the date may lie. */
    int yearsBack() default 10;

    /**
     * How many years after today the date may lie; 0 for dates that must not be in the future; negative for no
     * upper bound here, where a rule of the domain already refuses the future with its own code ({@code in_future}).
     */
    int yearsAhead() default 5;

    String message() default "must lie between {yearsBack} years ago and {yearsAhead} years from now";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
