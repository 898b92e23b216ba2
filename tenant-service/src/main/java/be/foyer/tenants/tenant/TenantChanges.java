package be.foyer.tenants.tenant;

import java.time.LocalDate;
import java.util.List;

import be.foyer.platform.domain.FieldChecks;

/**
 * A partial update of a tenant file. A {@code null} leaves the field as it is; an empty text or list clears an
 * optional field. The national register number is typed text, parsed and checked when applied.
 */
public record TenantChanges(
        String firstName,
        String lastName,
        String preferredName,
        LocalDate birthDate,
        Integer birthYear,
        List<String> languages,
        String phone,
        String whatsApp,
        Household household,
        List<String> referentWorkers,
        List<String> assignedVolunteers,
        String nationalRegisterNumber,
        TenantStatus status) {

    /** The rules the fields sent obey on their own; those about the whole file run when it is applied. */
    public void check(FieldChecks checks, LocalDate today) {
        TenantProfile.checkBirth(birthDate, birthYear, checks, today);
        NationalRegisterNumber.check(nationalRegisterNumber, checks);
    }

    TenantProfile applyTo(TenantProfile profile) {
        return new TenantProfile(
                firstName == null ? profile.firstName() : firstName,
                lastName == null ? profile.lastName() : lastName,
                preferredName == null ? profile.preferredName() : preferredName,
                birthDate == null ? profile.birthDate() : birthDate,
                birthYear == null ? profile.birthYear() : birthYear,
                languages == null ? profile.languages() : languages,
                phone == null ? profile.phone() : phone,
                whatsApp == null ? profile.whatsApp() : whatsApp,
                household == null ? profile.household() : household,
                referentWorkers == null ? profile.referentWorkers() : referentWorkers,
                assignedVolunteers == null ? profile.assignedVolunteers() : assignedVolunteers);
    }
}
