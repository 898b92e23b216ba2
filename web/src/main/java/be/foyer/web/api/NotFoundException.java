package be.foyer.web.api;

/** 404 from the API: unknown, or another organisation's (the API does not say which, nor do the pages). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String path) {
        super("Not found: " + path);
    }
}
