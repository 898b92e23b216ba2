package be.foyer.web.reports;

import java.nio.charset.StandardCharsets;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import be.foyer.web.api.ApiClient;
import be.foyer.web.support.ApiQuery;

/**
 * Reports as files: web asks the API for the CSV or the PDF (the {@code Accept} header) with the user's token and
 * hands the bytes on as an attachment with a name that says what it is. CSV in French or Dutch uses semicolons, as
 * spreadsheets set to those languages in Belgium expect; in English commas.
 */
@Component
class ReportDownloads {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ApiClient api;

    ReportDownloads(ApiClient api) {
        this.api = api;
    }

    ResponseEntity<byte[]> csv(ApiQuery query, String filename) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        if (!english) {
            query.param("delimiter", "semicolon");
        }
        return attachment(api.download(query.template(), CSV, query.values()), CSV, filename + ".csv");
    }

    /** The annual report in the user's language (the API writes fr and nl; en falls back to its default). */
    ResponseEntity<byte[]> pdf(ApiQuery query, String filename) {
        query.param("lang", LocaleContextHolder.getLocale().getLanguage());
        return attachment(api.download(query.template(), MediaType.APPLICATION_PDF, query.values()),
                MediaType.APPLICATION_PDF, filename + ".pdf");
    }

    private static ResponseEntity<byte[]> attachment(byte[] file, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(file);
    }
}
