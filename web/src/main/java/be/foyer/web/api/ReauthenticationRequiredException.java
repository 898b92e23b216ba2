package be.foyer.web.api;

/** 401 from the API, or no usable token (refresh refused): the user must sign in again. */
public class ReauthenticationRequiredException extends RuntimeException {

    public ReauthenticationRequiredException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
