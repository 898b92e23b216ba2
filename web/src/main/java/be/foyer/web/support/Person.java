package be.foyer.web.support;

import java.time.LocalDate;

import be.foyer.web.support.PersonName;

/** A tenant as tenant-service lists them ({@code GET /api/tenants?q=} or {@code ?ids=}): what a page names them by. */
public record Person(String id, String firstName, String lastName, String preferredName, LocalDate birthDate,
        String status) {

    /** First and last name, with the nickname in brackets; the nickname alone when that is all there is. */
    public String displayName() {
        return PersonName.of(firstName, lastName, preferredName);
    }
}
