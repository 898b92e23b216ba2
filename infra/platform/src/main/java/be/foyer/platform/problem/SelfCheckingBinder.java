package be.foyer.platform.problem;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** Adds {@link SelfCheckingValidator} to the binder of every {@code @Valid} body that checks itself. */
@ControllerAdvice
public class SelfCheckingBinder {

    private static final SelfCheckingValidator VALIDATOR = new SelfCheckingValidator();

    @InitBinder
    void addSelfChecks(WebDataBinder binder) {
        // A binder refuses a validator that does not support its target: add it only where it applies.
        if (binder.getTarget() instanceof SelfChecking) {
            binder.addValidators(VALIDATOR);
        }
    }
}
