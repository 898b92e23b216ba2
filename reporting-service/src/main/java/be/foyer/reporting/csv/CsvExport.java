package be.foyer.reporting.csv;

/** A report that can also be answered as CSV ({@code Accept: text/csv}). */
public interface CsvExport {

    CsvTable toCsv();
}
