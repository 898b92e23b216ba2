package be.foyer.activities.council;

import be.foyer.platform.domain.Author;

/**
 * A point a worker or facilitator put on the agenda on behalf of tenants.
 *
 * @param position        1, 2, ... in the order the council takes them
 * @param proposedBy      the worker or facilitator who put it on the agenda
 * @param outcome         what the council made of it, written with the minutes
 * @param tenantId        the tenant it was proposed on behalf of (a tenant of {@code proposingOrganisation}), or
 *                        {@code null}; kept for erasure and consent, never shown
 * @param tenantFirstName the first name the worker typed; shown only while the tenant consents to it
 */
public record AgendaItem(String id, String title, String proposingOrganisation, int position, String outcome,
        Author proposedBy, String tenantId, String tenantFirstName) {

    public boolean onBehalfOfTenant() {
        return tenantId != null;
    }

    public AgendaItem withOutcome(String newOutcome) {
        return new AgendaItem(id, title, proposingOrganisation, position, newOutcome, proposedBy, tenantId,
                tenantFirstName);
    }

    public AgendaItem at(int newPosition) {
        return new AgendaItem(id, title, proposingOrganisation, newPosition, outcome, proposedBy, tenantId,
                tenantFirstName);
    }

    public AgendaItem forgettingFirstName() {
        return new AgendaItem(id, title, proposingOrganisation, position, outcome, proposedBy, tenantId, null);
    }
}
