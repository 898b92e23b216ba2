package be.foyer.web.housing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A tenant as tenant-service lists them ({@code GET /api/tenants?q=} or {@code ?ids=}): what a page names them by. */
public record Person(String id, String firstName, String lastName, String preferredName, LocalDate birthDate,
        String status) {

    /** First and last name, with the nickname in brackets; the nickname alone when that is all there is. */
    public String displayName() {
        String name = Stream.of(firstName, lastName).filter(Objects::nonNull).filter(part -> !part.isBlank())
                .collect(Collectors.joining(" "));
        if (name.isBlank()) {
            return preferredName == null ? "" : preferredName;
        }
        return preferredName == null || preferredName.isBlank() ? name : name + " (" + preferredName + ")";
    }
}
