package be.foyer.web.support;

/** What a form field holds, as the API wants it: a value typed, or nothing at all (never an empty string). */
public final class FormValues {

    private FormValues() {
    }

    /** The text stripped, or null when nothing but blanks was typed. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
