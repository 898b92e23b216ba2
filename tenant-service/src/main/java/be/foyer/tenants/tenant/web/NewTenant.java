package be.foyer.tenants.tenant.web;

import be.foyer.events.BrusselsTime;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.problem.SelfChecking;
import be.foyer.platform.validation.PlausibleDate;
import be.foyer.platform.validation.SingleLineText;
import be.foyer.tenants.tenant.Registration;
import be.foyer.tenants.tenant.TenantProfile;
import be.foyer.tenants.tenant.TenantStatus;
import be.foyer.tenants.tenant.web.TenantFields.HouseholdFields;

/**
 * The body of {@code POST /api/tenants}: a first name or a nickname, everything else optional. The same fields and
 * limits as {@link TenantFields}, but a whole file: the registration's rules run beside the annotations, so that one
 * 400 names every field at fault.
 */
public record NewTenant(
        @Size(max = 100, message = "must be at most 100 characters") @SingleLineText String firstName,
        @Size(max = 100, message = "must be at most 100 characters") @SingleLineText String lastName,
        @Size(max = 100, message = "must be at most 100 characters") @SingleLineText String preferredName,
        @PlausibleDate(yearsBack = 120, yearsAhead = -1) LocalDate birthDate,
        Integer birthYear,
        @Size(max = 10, message = "must list at most 10 languages")
        List<@Size(max = 50, message = "must be at most 50 characters") @SingleLineText String> languages,
        @Pattern(regexp = TenantFields.PHONE, message = TenantFields.PHONE_MESSAGE) String phone,
        @Pattern(regexp = TenantFields.PHONE, message = TenantFields.PHONE_MESSAGE) String whatsApp,
        @Valid HouseholdFields household,
        @Size(max = 20, message = "must list at most 20 usernames")
        List<@Size(max = 100, message = "must be at most 100 characters") @SingleLineText String> referentWorkers,
        @Size(max = 20, message = "must list at most 20 usernames")
        List<@Size(max = 100, message = "must be at most 100 characters") @SingleLineText String> assignedVolunteers,
        @Size(max = 30, message = "must be at most 30 characters") @SingleLineText String nationalRegisterNumber,
        TenantStatus status) implements SelfChecking {

    @Override
    public void check(FieldChecks checks) {
        registration().check(checks, today());
    }

    Registration registration() {
        return new Registration(new TenantProfile(firstName, lastName, preferredName, birthDate, birthYear, languages,
                phone, whatsApp, TenantFields.toHousehold(household), referentWorkers, assignedVolunteers),
                nationalRegisterNumber, status);
    }

    /**
     * Today in Brussels by the system clock: the service checks again with its own clock before storing, so that
     * this early pass only gathers the errors into one answer.
     */
    static LocalDate today() {
        return LocalDate.now(BrusselsTime.ZONE);
    }
}
