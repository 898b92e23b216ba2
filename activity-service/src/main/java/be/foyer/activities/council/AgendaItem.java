package be.foyer.activities.council;

/**
 * A point a worker or facilitator put on the agenda on behalf of tenants.
 *
 * @param position 1, 2, ... in the order the council takes them
 * @param outcome  what the council made of it, written with the minutes
 */
public record AgendaItem(String id, String title, String proposingOrganisation, int position, String outcome,
        String proposedBy) {

    public AgendaItem withOutcome(String newOutcome) {
        return new AgendaItem(id, title, proposingOrganisation, position, newOutcome, proposedBy);
    }
}
