package be.foyer.web.api;

import java.util.List;

/** The API refused the request (400, 409, 422 problem+json): show the form again with {@code FormErrors}. */
public class ApiProblemException extends RuntimeException {

    private final int status;
    private final String detail;
    private final List<ApiFieldError> fieldErrors;

    public ApiProblemException(int status, String detail, List<ApiFieldError> fieldErrors) {
        super("API answered " + status + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.detail = detail;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public int status() {
        return status;
    }

    /** The problem's {@code detail} (English, from the service), or null. */
    public String detail() {
        return detail;
    }

    public List<ApiFieldError> fieldErrors() {
        return fieldErrors;
    }
}
