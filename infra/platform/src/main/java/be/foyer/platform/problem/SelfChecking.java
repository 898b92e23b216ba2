package be.foyer.platform.problem;

import be.foyer.platform.domain.FieldChecks;

/**
 * A request body whose rules span several fields or need the domain (a date not in the future, an end after its
 * start, a check digit). The platform runs {@link #check(FieldChecks)} in the same pass as the bean-validation
 * annotations, so that a 400 names every field at fault at once instead of the annotations' first, then the
 * rules'.
 */
public interface SelfChecking {

    void check(FieldChecks checks);
}
