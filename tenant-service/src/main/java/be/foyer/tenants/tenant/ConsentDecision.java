package be.foyer.tenants.tenant;

import be.foyer.events.tenants.ConsentPurpose;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;

/** A consent as a worker records it: the person's answer for one purpose, given on {@code date}. */
public record ConsentDecision(ConsentPurpose purpose, boolean granted, LocalDate date) {

    /** Each purpose once, no date in the future; fields named as in the body ({@code consents[1].date}). */
    public static void check(List<ConsentDecision> decisions, FieldChecks checks, LocalDate today) {
        Set<ConsentPurpose> seen = EnumSet.noneOf(ConsentPurpose.class);
        for (int i = 0; i < decisions.size(); i++) {
            ConsentDecision decision = decisions.get(i);
            String field = "consents[" + i + "]";
            if (decision.purpose() != null) {
                checks.require(seen.add(decision.purpose()), field + ".purpose", FieldErrorCode.CONFLICTING,
                        decision.purpose() + " is given twice");
            }
            checks.require(decision.date() == null || !decision.date().isAfter(today), field + ".date",
                    FieldErrorCode.IN_FUTURE, "cannot be in the future");
        }
    }
}
