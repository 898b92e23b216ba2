package be.foyer.web.tenants.find;

import java.time.LocalDate;
import java.util.List;

/** One person of {@code GET /api/tenants} (the fields the results show). */
public record TenantSummary(String id, String firstName, String lastName, String preferredName, String status,
        LocalDate registeredOn) {

    public String name() {
        return PersonName.of(firstName, lastName, preferredName);
    }

    /** A page of {@code GET /api/tenants}; {@code page} counts from 0. */
    public record Page(List<TenantSummary> items, int page, int size, long total) {
    }
}
