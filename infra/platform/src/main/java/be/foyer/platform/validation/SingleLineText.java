package be.foyer.platform.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * One line of text typed by a person (a name, a title, a label, a place): refuses control characters (C0, DEL,
 * C1, line and paragraph separators, tabs and line breaks too) and the invisible marks that turn text around
 * (bidirectional embeddings, overrides and isolates, left-to-right and right-to-left marks), which could make a
 * name read differently on screen than it is stored. Refused with the code {@code forbidden_character}.
 * {@code null} is valid: say {@code @NotBlank} where the text is required.
 */
@Documented
@Constraint(validatedBy = TextCharacters.SingleLine.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLineText {

    String message() default "must be one line without control or text-direction characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
