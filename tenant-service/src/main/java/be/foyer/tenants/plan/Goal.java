package be.foyer.tenants.plan;

import java.time.LocalDate;

import be.foyer.tenants.tenant.LifeDomain;

/**
 * One goal negotiated with the person, in one life domain. {@code description} is plain here and sealed with the
 * tenant's key in the store.
 */
public record Goal(LifeDomain domain, String description, GoalStatus status, LocalDate startDate,
        LocalDate targetDate) {
}
