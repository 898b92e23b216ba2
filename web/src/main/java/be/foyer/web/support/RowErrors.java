package be.foyer.web.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import be.foyer.web.api.ApiFieldError;
import be.foyer.web.api.ApiProblemException;

/**
 * Errors about the rows of a list a form sends ({@code goals[2].targetDate}), put back beside the row the user sees.
 * A form leaves out its blank rows, so the API's index is not the page's: {@code sentRows.get(i)} is the page row of
 * the API's item {@code i}. Messages are looked up once for all rows, with the row's number (from 1) as {0}:
 * {@code <form>.<list>.<field>.error.<code>}, else {@code error.<code>} with the label {@code <form>.<list>.<field>};
 * the result carries its message (code null) so that {@code FormErrorMessages} shows it as it is.
 */
@Component
public class RowErrors {

    private static final Pattern ROW_FIELD = Pattern.compile("^(\\w+)\\[(\\d+)\\]\\.(\\w+)$");

    private final MessageSource messages;

    RowErrors(MessageSource messages) {
        this.messages = messages;
    }

    public ApiProblemException onPageRows(ApiProblemException problem, String form, List<Integer> sentRows) {
        Locale locale = LocaleContextHolder.getLocale();
        List<ApiFieldError> errors = new ArrayList<>();
        for (ApiFieldError error : problem.fieldErrors()) {
            Matcher row = error.field() == null ? null : ROW_FIELD.matcher(error.field());
            if (row == null || !row.matches() || Integer.parseInt(row.group(2)) >= sentRows.size()) {
                errors.add(error);
                continue;
            }
            int pageRow = sentRows.get(Integer.parseInt(row.group(2)));
            String field = row.group(1) + "[" + pageRow + "]." + row.group(3);
            errors.add(new ApiFieldError(field, null,
                    message(form + "." + row.group(1) + "." + row.group(3), error, pageRow + 1, locale)));
        }
        return new ApiProblemException(problem.status(), problem.detail(), errors);
    }

    private String message(String labelKey, ApiFieldError error, int number, Locale locale) {
        if (error.code() == null) {
            return error.message();
        }
        String specific = messages.getMessage(labelKey + ".error." + error.code(), new Object[] {number}, null,
                locale);
        if (specific != null) {
            return specific;
        }
        String label = messages.getMessage(labelKey, new Object[] {number}, labelKey, locale);
        return messages.getMessage("error." + error.code(), new Object[] {label},
                error.message() != null ? error.message() : error.code(), locale);
    }
}
