package be.foyer.web.tenants.register;

import java.time.LocalDate;
import java.util.List;

import be.foyer.web.tenants.find.PersonName;

/** A file that may be the person about to be registered ({@code GET /api/tenants/matches}). */
public record PossibleMatch(String id, String firstName, String lastName, String preferredName, LocalDate birthDate,
        String status) {

    public String name() {
        return PersonName.of(firstName, lastName, preferredName);
    }

    record Page(List<PossibleMatch> items) {
        Page {
            items = items == null ? List.of() : items;
        }
    }
}
