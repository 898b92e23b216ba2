package be.foyer.reporting.csv;

import java.util.Locale;

import be.foyer.platform.domain.InvalidInputException;
import be.foyer.platform.domain.FieldErrorCode;

/**
 * The {@code delimiter=} parameter of a CSV report: {@code comma} (RFC 4180, the default) or {@code semicolon},
 * for spreadsheet programs set to French, where the comma is the decimal separator.
 */
public enum CsvDelimiter {
    COMMA(','), SEMICOLON(';');

    public static final String PARAMETER = "delimiter";

    private final char character;

    CsvDelimiter(char character) {
        this.character = character;
    }

    public char character() {
        return character;
    }

    /** Reads the parameter, forgiving case and spaces; absent means comma. */
    public static CsvDelimiter parse(String value) {
        if (value == null || value.isBlank()) {
            return COMMA;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("comma") || wanted.equals(",")) {
            return COMMA;
        }
        if (wanted.equals("semicolon") || wanted.equals(";")) {
            return SEMICOLON;
        }
        throw InvalidInputException.onField(PARAMETER, FieldErrorCode.NOT_ALLOWED, "must be comma or semicolon");
    }
}
