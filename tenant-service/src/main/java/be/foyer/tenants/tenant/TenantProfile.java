package be.foyer.tenants.tenant;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;

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

    /**
     * Refuses, all at once, what cannot be true on {@code today}. A first name or a nickname is enough: people met in
     * the street often give no last name.
     */
    public TenantProfile checked(LocalDate today) {
        FieldChecks checks = new FieldChecks();
        check(checks, today);
        checks.throwIfAny();
        return this;
    }

    public void check(FieldChecks checks, LocalDate today) {
        checks.require(firstName != null || preferredName != null, "firstName", FieldErrorCode.REQUIRED,
                "give a first name or a nickname (preferredName)");
        checkBirth(birthDate, birthYear, checks, today);
    }

    /** The birth rules, for a whole profile or for the fields a partial update sends. */
    public static void checkBirth(LocalDate birthDate, Integer birthYear, FieldChecks checks, LocalDate today) {
        checks.require(birthDate == null || !birthDate.isAfter(today), "birthDate", FieldErrorCode.IN_FUTURE,
                "cannot be in the future");
        checks.require(birthYear == null || (birthYear >= 1900 && birthYear <= today.getYear()), "birthYear",
                FieldErrorCode.INVALID, "must be between 1900 and " + today.getYear());
        checks.require(birthDate == null || birthYear == null || birthDate.getYear() == birthYear, "birthYear",
                FieldErrorCode.CONFLICTING, "does not match birthDate (" + birthDate + ")");
    }

    /** The text the name search looks in, folded. */
    public String searchText() {
        return Names.fold(String.join(" ", names()));
    }

    /** The folded words of every name given, for finding possible duplicates. */
    public List<String> nameWords() {
        return Names.words(String.join(" ", names()));
    }

    /**
     * How lists sort: by last name, then first name or nickname. Someone known only by a first name or nickname
     * sorts under it, among the last names, rather than before or after everybody.
     */
    public String sortName() {
        String given = firstName != null ? firstName : preferredName;
        return lastName == null ? Names.fold(given) : Names.fold(lastName) + Names.SORT_SEPARATOR + Names.fold(given);
    }

    private List<String> names() {
        return Stream.of(firstName, lastName, preferredName).filter(Objects::nonNull).toList();
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
