package be.foyer.tenants.followup;

import java.time.LocalDate;

import be.foyer.tenants.tenant.LifeDomain;

/** What a timeline is narrowed to; {@code null} fields do not narrow it. {@code from} and {@code to} are included. */
public record FollowUpFilter(FollowUpMode mode, LifeDomain domain, LocalDate from, LocalDate to,
        FollowUpStatus status) {

    public static final FollowUpFilter NONE = new FollowUpFilter(null, null, null, null, null);
}
