package be.foyer.tenants.tenant.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.problem.SelfChecking;
import be.foyer.platform.validation.PlausibleDate;
import be.foyer.platform.validation.SingleLineText;
import be.foyer.tenants.tenant.Household;
import be.foyer.tenants.tenant.TenantChanges;
import be.foyer.tenants.tenant.TenantStatus;

/**
 * The body of {@code PATCH /api/tenants/{id}}: a missing field stays as it is; an empty text or list clears an
 * optional one. The rules about the whole file (a first name or a nickname left) run when the changes are applied.
 */
public record TenantFields(
        @Size(max = 100, message = "must be at most 100 characters") @SingleLineText String firstName,
        @Size(max = 100, message = "must be at most 100 characters") @SingleLineText String lastName,
        @Size(max = 100, message = "must be at most 100 characters") @SingleLineText String preferredName,
        @PlausibleDate(yearsBack = 120, yearsAhead = -1) LocalDate birthDate,
        Integer birthYear,
        @Size(max = 10, message = "must list at most 10 languages")
        List<@Size(max = 50, message = "must be at most 50 characters") @SingleLineText String> languages,
        @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
        @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String whatsApp,
        @Valid HouseholdFields household,
        @Size(max = 20, message = "must list at most 20 usernames")
        List<@Size(max = 100, message = "must be at most 100 characters") @SingleLineText String> referentWorkers,
        @Size(max = 20, message = "must list at most 20 usernames")
        List<@Size(max = 100, message = "must be at most 100 characters") @SingleLineText String> assignedVolunteers,
        @Size(max = 30, message = "must be at most 30 characters") @SingleLineText String nationalRegisterNumber,
        TenantStatus status) implements SelfChecking {

    static final String PHONE = "^$|^[0-9+ ./()\\-]{6,30}$";
    static final String PHONE_MESSAGE = "must be a phone number: digits, spaces and + . / ( ) - only";

    public record HouseholdFields(
            @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1 (the tenant)")
            @Max(value = 30, message = "must be at most 30") Integer adults,
            @NotNull(message = "is required") @Min(value = 0, message = "cannot be negative")
            @Max(value = 30, message = "must be at most 30") Integer children) {
    }

    @Override
    public void check(FieldChecks checks) {
        changes().check(checks, NewTenant.today());
    }

    TenantChanges changes() {
        return new TenantChanges(firstName, lastName, preferredName, birthDate, birthYear, languages, phone,
                whatsApp, toHousehold(household), referentWorkers, assignedVolunteers, nationalRegisterNumber, status);
    }

    static Household toHousehold(HouseholdFields household) {
        return household == null ? null : new Household(household.adults(), household.children());
    }
}
