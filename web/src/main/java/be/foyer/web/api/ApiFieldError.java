package be.foyer.web.api;

/**
 * One entry of a problem's {@code errors}: the field (as the API names it, e.g. {@code firstName},
 * {@code place.name}), a stable code ({@code required}, {@code too_long}, ...; null when a service sent none) and the
 * service's English message.
 */
public record ApiFieldError(String field, String code, String message) {
}
