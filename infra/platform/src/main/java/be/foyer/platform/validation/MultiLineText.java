package be.foyer.platform.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Free text that may span lines (notes, minutes, descriptions): keeps line breaks ({@code \n}, {@code \r}) and
 * tabs, refuses every other character that {@link SingleLineText} refuses. Refused with the code
 * {@code forbidden_character}; {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = TextCharacters.MultiLine.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLineText {

    String message() default "must not contain control or text-direction characters (line breaks and tabs are fine)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
