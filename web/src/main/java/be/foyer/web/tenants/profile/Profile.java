package be.foyer.web.tenants.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The personal details as {@code GET /api/tenants/{id}} answers them. {@code nationalRegisterNumber} (formatted by
 * the API) comes to staff and coordinators only.
 */
public record Profile(String firstName, String lastName, String preferredName, LocalDate birthDate, Integer birthYear,
        List<String> languages, String phone, String whatsApp, Household household, List<String> referentWorkers,
        List<String> assignedVolunteers, String nationalRegisterNumber, String status,
        List<StatusChange> statusHistory, LocalDate registeredOn, String registeredBy) {

    public record Household(int adults, int children) {
    }

    public record StatusChange(String status, LocalDate changedOn, String changedBy, Instant changedAt) {
    }

    /** Latest first, as people read a history. */
    public List<StatusChange> historyLatestFirst() {
        if (statusHistory == null) {
            return List.of();
        }
        List<StatusChange> history = new java.util.ArrayList<>(statusHistory);
        java.util.Collections.reverse(history);
        return history;
    }

    /** "alice, bruno", or "" when none. */
    public String referentsText() {
        return String.join(", ", orEmpty(referentWorkers));
    }

    public String volunteersText() {
        return String.join(", ", orEmpty(assignedVolunteers));
    }

    static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
