package be.foyer.reporting.csv;

import java.util.List;

/**
 * Writes RFC 4180 CSV: a header row, CRLF after every row, and a field quoted when it holds the delimiter, a quote,
 * CR or LF, with its quotes doubled.
 */
public final class CsvWriter {

    private static final String CRLF = "\r\n";

    private CsvWriter() {
    }

    public static String write(CsvTable table, CsvDelimiter delimiter) {
        StringBuilder csv = new StringBuilder();
        row(csv, List.copyOf(table.header()), delimiter.character());
        for (List<Object> row : table.rows()) {
            row(csv, row, delimiter.character());
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<?> cells, char delimiter) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(delimiter);
            }
            csv.append(field(cells.get(i), delimiter));
        }
        csv.append(CRLF);
    }

    static String field(Object cell, char delimiter) {
        String text = cell == null ? "" : cell.toString();
        boolean quote = text.indexOf(delimiter) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0
                || text.indexOf('\n') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
