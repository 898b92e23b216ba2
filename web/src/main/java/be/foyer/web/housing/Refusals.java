package be.foyer.web.housing;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import be.foyer.web.api.ApiFieldError;
import be.foyer.web.api.ApiProblemException;

/**
 * A 409 that names no field ("this tenancy already ended", "the search is closed") would show the service's English
 * detail: these pages say it in the user's language instead, from a message key of their own.
 */
@Component
class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    ApiProblemException translated(ApiProblemException refused, String conflictKey) {
        if (refused.status() != 409 || !refused.fieldErrors().isEmpty()) {
            return refused;
        }
        String message = messages.getMessage(conflictKey, null, LocaleContextHolder.getLocale());
        return new ApiProblemException(409, refused.detail(), List.of(new ApiFieldError(null, "conflicting", message)));
    }
}
