package be.foyer.web.api;

/** 403 from the API: the user's role does not allow this. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String path) {
        super("Forbidden: " + path);
    }
}
