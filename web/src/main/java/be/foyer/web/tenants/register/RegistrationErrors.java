package be.foyer.web.tenants.register;

import be.foyer.web.api.ApiFieldError;
import be.foyer.web.api.ApiProblemException;

/**
 * The API names an item of a list ({@code languages[2]}, {@code referentWorkers[0]}); the form has one field per
 * list, so each error lands beside that field.
 */
final class RegistrationErrors {

    private RegistrationErrors() {
    }

    static ApiProblemException onFormFields(ApiProblemException problem) {
        return new ApiProblemException(problem.status(), problem.detail(), problem.fieldErrors().stream()
                .map(error -> new ApiFieldError(field(error.field()), error.code(), error.message())).toList());
    }

    private static String field(String apiField) {
        if (apiField == null) {
            return null;
        }
        int item = apiField.indexOf('[');
        return item < 0 ? apiField : apiField.substring(0, item);
    }
}
