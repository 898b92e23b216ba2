package be.foyer.web.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import be.foyer.web.api.ApiFieldError;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ServiceUnavailableException;

/**
 * Builds {@link FormErrors} in the user's language from what the API answered.
 * <p>
 * A field error's message is, first found: {@code <form>.<field>.error.<code>} (a message written for this field,
 * e.g. {@code tenants.new.firstName.error.required=Saisissez le prénom}), else {@code error.<code>} with the field's
 * label {@code <form>.<field>} as {0} ("Prénom : ce champ est obligatoire."), else the API's English message.
 * {@code <form>} is the prefix of the form's message keys, e.g. {@code tenants.new}.
 */
@Component
public class FormErrorMessages {

    private static final Logger log = LoggerFactory.getLogger(FormErrorMessages.class);

    private final MessageSource messages;

    FormErrorMessages(MessageSource messages) {
        this.messages = messages;
    }

    public FormErrors of(ApiProblemException problem, String form) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> byField = new LinkedHashMap<>();
        String general = null;
        for (ApiFieldError error : problem.fieldErrors()) {
            if (error.field() == null) {
                general = error.message();
            } else {
                byField.putIfAbsent(error.field(), message(error, form, locale));
            }
        }
        if (byField.isEmpty() && general == null) {
            general = problem.detail() != null ? problem.detail()
                    : messages.getMessage("error.refused", null, locale);
        }
        return new FormErrors(byField, general, null);
    }

    /**
     * The same, but a 409 that names no field ("this tenancy already ended", "the meeting was cancelled") is said
     * with the page's own message {@code conflictKey} instead of the service's English detail.
     */
    public FormErrors of(ApiProblemException problem, String form, String conflictKey) {
        if (problem.status() == 409 && problem.fieldErrors().isEmpty()) {
            return new FormErrors(Map.of(), messages.getMessage(conflictKey, null, LocaleContextHolder.getLocale()),
                    null);
        }
        return of(problem, form);
    }

    /** What the page found wrong itself (nothing was sent), worded as the API's errors are. */
    public FormErrors ofPage(List<ApiFieldError> errors, String form) {
        return of(new ApiProblemException(400, null, errors), form);
    }

    public FormErrors of(ServiceUnavailableException outage) {
        log.warn("Form kept for a retry: {}", outage.getMessage(), outage.getCause());
        Locale locale = LocaleContextHolder.getLocale();
        return new FormErrors(Map.of(), null,
                messages.getMessage("unavailable." + outage.service().key(), null, locale) + " "
                        + messages.getMessage("unavailable.kept", null, locale));
    }

    private String message(ApiFieldError error, String form, Locale locale) {
        String labelKey = form + "." + error.field();
        if (error.code() != null) {
            String specific = messages.getMessage(labelKey + ".error." + error.code(), null, null, locale);
            if (specific != null) {
                return specific;
            }
            try {
                String label = messages.getMessage(labelKey, null, error.field(), locale);
                return messages.getMessage("error." + error.code(), new Object[] {label}, locale);
            } catch (NoSuchMessageException unknownCode) {
                // a code this interface does not know yet: the service's own words
            }
        }
        return error.message() != null ? error.message() : messages.getMessage("error.invalid", null, locale);
    }
}
