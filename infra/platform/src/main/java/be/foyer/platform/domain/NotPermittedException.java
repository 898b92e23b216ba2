package be.foyer.platform.domain;

/** The caller is known but their role or organisation does not permit this (problem+json 403). */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
