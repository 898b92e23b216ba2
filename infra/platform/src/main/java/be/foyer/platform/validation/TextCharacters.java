package be.foyer.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** The characters {@link SingleLineText} and {@link MultiLineText} refuse. */
public final class TextCharacters {

    private TextCharacters() {
    }

    /** Whether {@code text} holds only characters a person means to type; line breaks and tabs when allowed. */
    public static boolean isClean(CharSequence text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (lineBreaksAllowed && (c == '\n' || c == '\r' || c == '\t')) {
                continue;
            }
            if (isRefused(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRefused(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) // C0, DEL, C1
                || c == '\u200E' || c == '\u200F' // left-to-right and right-to-left marks
                || c == '\u2028' || c == '\u2029' // line and paragraph separators
                || (c >= '\u202A' && c <= '\u202E') // embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069'); // isolates
    }

    public static final class SingleLine implements ConstraintValidator<SingleLineText, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || isClean(value, false);
        }
    }

    public static final class MultiLine implements ConstraintValidator<MultiLineText, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || isClean(value, true);
        }
    }
}
