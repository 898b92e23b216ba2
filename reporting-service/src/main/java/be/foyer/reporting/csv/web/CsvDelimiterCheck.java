package be.foyer.reporting.csv.web;

import be.foyer.reporting.csv.CsvDelimiter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** A wrong {@code delimiter=} answers 400 naming it before any report is computed, not halfway through writing. */
@ControllerAdvice(basePackages = "be.foyer.reporting")
public class CsvDelimiterCheck {

    @ModelAttribute
    public void checkDelimiter(@RequestParam(name = CsvDelimiter.PARAMETER, required = false) String delimiter) {
        CsvDelimiter.parse(delimiter);
    }
}
