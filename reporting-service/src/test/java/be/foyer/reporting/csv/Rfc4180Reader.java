package be.foyer.reporting.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the tests: records end with CRLF (the last one too), fields may be quoted, a quote
 * inside a quoted field is doubled. Anything else (a bare LF, a quote in an unquoted field) fails.
 */
public final class Rfc4180Reader {

    private Rfc4180Reader() {
    }

    public static List<List<String>> read(String csv, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (field.length() == 0 && c == '"') {
                i++;
                while (true) {
                    if (i >= csv.length()) {
                        throw new IllegalArgumentException("Unclosed quote");
                    }
                    char q = csv.charAt(i++);
                    if (q == '"') {
                        if (i < csv.length() && csv.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
                if (i < csv.length() && csv.charAt(i) != delimiter && csv.charAt(i) != '\r') {
                    throw new IllegalArgumentException("Text after a closing quote at " + i);
                }
                continue;
            }
            if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r') {
                if (i + 1 >= csv.length() || csv.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("CR without LF at " + i);
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else if (c == '\n' || c == '"') {
                throw new IllegalArgumentException("Bare " + (c == '\n' ? "LF" : "quote") + " at " + i);
            } else {
                field.append(c);
                i++;
            }
        }
        if (!record.isEmpty() || field.length() > 0) {
            throw new IllegalArgumentException("The last record does not end with CRLF");
        }
        return records;
    }
}
