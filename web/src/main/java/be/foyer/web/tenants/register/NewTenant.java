package be.foyer.web.tenants.register;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code POST /api/tenants}. What was not typed is left out (not sent empty), so a person registered
 * by nickname alone is {@code {"preferredName":"Le Grand"}} plus the referent.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record NewTenant(String firstName, String lastName, String preferredName, LocalDate birthDate, Integer birthYear,
        String nationalRegisterNumber, List<String> languages, String phone, String whatsApp,
        List<String> referentWorkers, List<String> assignedVolunteers) {

    static NewTenant of(RegistrationForm form, BirthInput birth) {
        return new NewTenant(typed(form.getFirstName()), typed(form.getLastName()), typed(form.getPreferredName()),
                birth.date(), birth.year(), typed(form.getNationalRegisterNumber()), form.allLanguages(),
                typed(form.getPhone()), typed(form.getWhatsApp()), RegistrationForm.split(form.getReferentWorkers()),
                RegistrationForm.split(form.getAssignedVolunteers()));
    }

    private static String typed(String text) {
        return text.isBlank() ? null : text.strip();
    }

    /** What {@code POST /api/tenants} answers (the new file; only its id is needed). */
    record Created(String id) {
    }
}
