package be.foyer.web.calendar.planning;

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
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;

/**
 * The errors of the planning forms, beside the field the user can change. The API speaks of {@code recurrence}
 * and {@code exceptions[i]}; the page has no such input, so they land on the picker's own fields: the repetition
 * radios, the end of the series (a council series too long), the i-th date left out. A 409 names no field and
 * carries the service's English: it is said in the user's words, beside the capacity or the repetition when that is
 * what to change. Labels are {@code planning.<field>} for every form.
 */
@Component
class PlanningErrors {

    static final String FORM = "planning";
    private static final Pattern EXCEPTION = Pattern.compile("^exceptions(?:\\[(\\d+)\\]|-(\\d+))$");

    private final FormErrorMessages formErrors;
    private final MessageSource messages;

    PlanningErrors(FormErrorMessages formErrors, MessageSource messages) {
        this.formErrors = formErrors;
        this.messages = messages;
    }

    /** Errors the page found itself (nothing was sent). */
    FormErrors ofPage(List<ApiFieldError> errors, RecurrencePicker picker) {
        return of(new ApiProblemException(400, null, errors), picker);
    }

    /** The API's refusal, on the page's fields; {@code picker} null on pages without one. */
    FormErrors of(ApiProblemException refused, RecurrencePicker picker) {
        Locale locale = LocaleContextHolder.getLocale();
        if (refused.status() == 409 && refused.fieldErrors().isEmpty()) {
            return formErrors.of(new ApiProblemException(409, refused.detail(), List.of(conflict(refused.detail(),
                    locale))), FORM);
        }
        List<ApiFieldError> errors = new ArrayList<>();
        for (ApiFieldError error : refused.fieldErrors()) {
            errors.add(onPage(error, picker, locale));
        }
        return formErrors.of(new ApiProblemException(refused.status(), refused.detail(), errors), FORM);
    }

    FormErrors of(ServiceUnavailableException outage) {
        return formErrors.of(outage);
    }

    private ApiFieldError onPage(ApiFieldError error, RecurrencePicker picker, Locale locale) {
        String field = error.field();
        if (field == null) {
            return error;
        }
        Matcher exception = EXCEPTION.matcher(field);
        if (exception.matches() || "exceptions".equals(field)) {
            int index = !exception.matches() ? 0
                    : Integer.parseInt(exception.group(1) != null ? exception.group(1) : exception.group(2));
            Object[] number = {index + 1};
            String message = messages.getMessage("planning.exceptions.error." + error.code(), number, null, locale);
            return new ApiFieldError(RecurrencePicker.exceptionField(index), null, message != null ? message
                    : messages.getMessage("planning.exceptions.error.other", number, locale));
        }
        if ("recurrence".equals(field) && picker != null) {
            boolean tooLong = "too_many".equals(error.code()) || "too_large".equals(error.code());
            String onPage = !tooLong ? "repeat"
                    : RecurrencePicker.AFTER_COUNT.equals(picker.ends()) ? "count"
                    : RecurrencePicker.ON_DATE.equals(picker.ends()) ? "until" : "ends";
            return new ApiFieldError(onPage, tooLong ? "too_many" : error.code(), error.message());
        }
        return error;
    }

    /** A 409 in plain words, from what the service's detail says happened. */
    private ApiFieldError conflict(String detail, Locale locale) {
        String text = detail == null ? "" : detail;
        String field = null;
        String key;
        if (text.contains("would disappear")) {
            field = "repeat";
            key = "planning.conflict.dropsRegistered";
        } else if (text.contains("capacity cannot go below")) {
            field = "capacity";
            key = "planning.conflict.capacity";
        } else if (text.contains("HELD") && text.contains("eeting")) {
            key = "planning.conflict.meetingHeld";
        } else if (text.contains("occurrence is") || text.contains("cancelled as a whole")) {
            key = "planning.conflict.occurrenceClosed";
        } else if (text.contains("cancelled")) {
            key = "planning.conflict.cancelled";
        } else if (text.contains("at once")) {
            key = "planning.conflict.busy";
        } else {
            key = "planning.conflict.other";
        }
        return new ApiFieldError(field, null, messages.getMessage(key, null, locale));
    }
}
