package be.foyer.platform.problem;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldError;

import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Runs a {@link SelfChecking} body's rules beside its annotations, into the same binding result, so that the
 * problem lists both. A field the annotations already refused is not named twice.
 */
final class SelfCheckingValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return SelfChecking.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        FieldChecks checks = new FieldChecks();
        ((SelfChecking) target).check(checks);
        for (FieldError error : checks.errors()) {
            if (errors.getFieldErrorCount(error.field()) == 0) {
                ((BindingResult) errors).addError(new org.springframework.validation.FieldError(
                        errors.getObjectName(), error.field(), null, false,
                        new String[] {ConstraintCodes.SELF_CHECK_PREFIX + error.code().name()}, null,
                        error.message()));
            }
        }
    }
}
