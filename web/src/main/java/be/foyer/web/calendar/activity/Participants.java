package be.foyer.web.calendar.activity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import be.foyer.web.support.TenantNames;

/**
 * The participant list of one date ({@code GET /api/activities/{id}/registrations?occurrenceId=}): counts for
 * everyone, the caller's own organisation's rows in full, other organisations' rows without tenant id (first name
 * only with consent), and the figures once attendance is taken.
 */
public record Participants(int capacity, long placesTaken, long waitlisted, List<OrganisationCount> byOrganisation,
        List<Row> items, Long attendedTenants, Map<String, Integer> outsideParticipants, Long outsideTotal) {

    public Participants {
        byOrganisation = byOrganisation == null ? List.of() : byOrganisation;
        items = items == null ? List.of() : items;
        outsideParticipants = outsideParticipants == null ? Map.of() : outsideParticipants;
    }

    public record OrganisationCount(String organisation, long confirmed, long waitlisted) {
    }

    /** {@code position}: the place on the waitlist (1 = next); {@code promotedAt}: when a waiting one got a place. */
    public record Row(String id, String organisation, String tenantId, String firstName, String status,
            Integer position, String presence, Instant promotedAt) {

        Row named(String name) {
            return name == null ? this : new Row(id, organisation, tenantId, name, status, position, presence, promotedAt);
        }

        public boolean isActive() {
            return "CONFIRMED".equals(status) || "WAITLISTED".equals(status);
        }

        public boolean isPresent() {
            return "PRESENT".equals(presence);
        }
    }

    /** The same list with the caller's own tenants named (names unavailable: as they were). */
    Participants named(TenantNames.Names names) {
        return new Participants(capacity, placesTaken, waitlisted, byOrganisation,
                items.stream().map(row -> row.named(names.of(row.tenantId()))).toList(), attendedTenants,
                outsideParticipants, outsideTotal);
    }

    /** The rows of this organisation (the caller's own). */
    public List<Row> of(String organisation) {
        return items.stream().filter(row -> organisation != null && organisation.equals(row.organisation())).toList();
    }

    /** The counts of the organisations other than this one. */
    public List<OrganisationCount> others(String organisation) {
        return byOrganisation.stream().filter(count -> !count.organisation().equals(organisation)).toList();
    }

    /** First names another organisation's tenants agreed to share. */
    public List<String> sharedNames(String organisation) {
        return items.stream().filter(row -> organisation.equals(row.organisation()) && row.tenantId() == null
                && row.firstName() != null && row.isActive()).map(Row::firstName).toList();
    }

    public List<Row> active() {
        return items.stream().filter(Row::isActive).toList();
    }

    public Row row(String registrationId) {
        return items.stream().filter(row -> row.id().equals(registrationId)).findFirst().orElse(null);
    }

    public int outside(String kind) {
        return outsideParticipants.getOrDefault(kind, 0);
    }
}
