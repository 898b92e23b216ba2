package be.foyer.reporting.csv;

import java.util.List;

/** A report as rows under a header row; a {@code null} cell is written empty. */
public record CsvTable(List<String> header, List<List<Object>> rows) {

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
