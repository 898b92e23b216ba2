package be.foyer.platform.domain;

/** One entry of a 400 problem's {@code errors} list: the field, a stable code and an English explanation. */
public record FieldError(String field, FieldErrorCode code, String message) {
}
