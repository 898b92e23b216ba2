package be.foyer.launcher.process;

/**
 * A failure the user can act on. Its message is one line, printed as is, without a stack trace.
 */
public class LauncherException extends RuntimeException {

    public LauncherException(String message) {
        super(message);
    }

    public LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
