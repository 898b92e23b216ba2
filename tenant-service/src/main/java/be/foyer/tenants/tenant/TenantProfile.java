package be.foyer.tenants.tenant;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import be.foyer.platform.problem.BadRequestException;
import be.foyer.platform.problem.FieldErrorCode;

/**
 * What a worker writes about a person: names, birth, languages, contacts, household, and the people who follow
 * them. {@code referentWorkers} and {@code assignedVolunteers} are Keycloak usernames.
 */
public record TenantProfile(
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
        List<String> assignedVolunteers) {

    public TenantProfile {
        firstName = trimmed(firstName);
        lastName = trimmed(lastName);
        preferredName = trimmed(preferredName);
        phone = trimmed(phone);
        whatsApp = trimmed(whatsApp);
        languages = distinct(languages, false);
        referentWorkers = distinct(referentWorkers, true);
        assignedVolunteers = distinct(assignedVolunteers, true);
    }

    /** Refuses what cannot be true on {@code today}; names are required. */
    public TenantProfile checked(LocalDate today) {
        if (firstName == null) {
            throw BadRequestException.onField("firstName", FieldErrorCode.REQUIRED, "is required");
        }
        if (lastName == null) {
            throw BadRequestException.onField("lastName", FieldErrorCode.REQUIRED, "is required");
        }
        if (birthDate != null && birthDate.isAfter(today)) {
            throw BadRequestException.onField("birthDate", FieldErrorCode.IN_FUTURE, "cannot be in the future");
        }
        if (birthYear != null && (birthYear < 1900 || birthYear > today.getYear())) {
            throw BadRequestException.onField("birthYear", FieldErrorCode.INVALID, "must be between 1900 and " + today.getYear());
        }
        if (birthDate != null && birthYear != null && birthDate.getYear() != birthYear) {
            throw BadRequestException.onField("birthYear", FieldErrorCode.CONFLICTING, "does not match birthDate (" + birthDate + ")");
        }
        return this;
    }

    /** The text the name search looks in, folded. */
    public String searchText() {
        return Names.fold(firstName + " " + lastName + (preferredName == null ? "" : " " + preferredName));
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> distinct(List<String> values, boolean usernames) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).map(String::strip).filter(value -> !value.isEmpty())
                .map(value -> usernames ? value.toLowerCase(Locale.ROOT) : value).distinct().toList();
    }
}
