package be.foyer.reporting.csv.web;

import be.foyer.reporting.csv.CsvWriter;
import be.foyer.reporting.csv.CsvExport;
import be.foyer.reporting.csv.CsvDelimiter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Answers any {@link CsvExport} report as {@code text/csv; charset=UTF-8} when the client asks for it, with the
 * request's {@code delimiter=}. Spring Boot adds every converter bean before its defaults, so report endpoints declare
 * {@code produces = {"application/json", "text/csv"}}: a client that accepts anything gets JSON, CSV only on request.
 */
@Component
public class CsvMessageConverter extends AbstractHttpMessageConverter<CsvExport> {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    public CsvMessageConverter() {
        super(StandardCharsets.UTF_8, TEXT_CSV);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return CsvExport.class.isAssignableFrom(type);
    }

    @Override
    public boolean canRead(Class<?> type, MediaType mediaType) {
        return false;
    }

    @Override
    protected CsvExport readInternal(Class<? extends CsvExport> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("Reports are not read from CSV", input);
    }

    @Override
    protected void writeInternal(CsvExport report, HttpOutputMessage output) throws IOException {
        output.getBody().write(CsvWriter.write(report.toCsv(), requestedDelimiter()).getBytes(StandardCharsets.UTF_8));
    }

    private static CsvDelimiter requestedDelimiter() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request instanceof ServletRequestAttributes servlet
                ? CsvDelimiter.parse(servlet.getRequest().getParameter(CsvDelimiter.PARAMETER))
                : CsvDelimiter.COMMA;
    }
}
