package be.foyer.activities.occurrence;

import java.util.List;

/**
 * Who is registered to an occurrence, as one caller may see it: their own organisation's registrations in full;
 * the organiser and facilitators also the others', without tenant ids and with a first name only where the tenant
 * consented; everyone the counts.
 */
public record Participants(Occurrence occurrence, List<OrganisationCount> byOrganisation, List<Participant> items,
        long total) {

    /** Places taken and waited for by one organisation's tenants. */
    public record OrganisationCount(String organisation, long confirmed, long waitlisted) {
    }

    /**
     * @param own       whether the caller's organisation registered them (tenant id and first name shown)
     * @param firstName the first name the caller may see, or {@code null}
     * @param position  the place in the waitlist (1 = next), or {@code null} when not waiting
     */
    public record Participant(Registration registration, boolean own, String firstName, Integer position) {
    }
}
