package be.foyer.tenants.tenant;

import java.time.LocalDate;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;

/**
 * A new tenant file as a worker fills it in.
 *
 * @param nationalRegisterNumber as typed, or {@code null}
 * @param status                 where the person stands; {@code STREET} when not told
 */
public record Registration(TenantProfile profile, String nationalRegisterNumber, TenantStatus status) {

    public Registration {
        status = status == null ? TenantStatus.STREET : status;
    }

    /** Writes every rule the registration breaks into {@code checks}. */
    public void check(FieldChecks checks, LocalDate today) {
        profile.check(checks, today);
        NationalRegisterNumber.check(nationalRegisterNumber, checks);
        checks.require(status != TenantStatus.RELAYED, "status", FieldErrorCode.NOT_ALLOWED, RELAYED_BY_RELAYS);
    }

    static final String RELAYED_BY_RELAYS =
            "RELAYED is set by recording a relay (POST /api/tenants/{id}/relays), which says to whom";
}
