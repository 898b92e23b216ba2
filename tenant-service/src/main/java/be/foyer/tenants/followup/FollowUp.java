package be.foyer.tenants.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import be.foyer.tenants.tenant.LifeDomain;

/**
 * One individual contact with a tenant. {@code place} is set for accompaniments only. {@code note} and
 * {@code healthNote} are plain here and sealed with the tenant's key in the store; the health note is for staff and
 * coordinators only. {@code recordedBy} is the worker's username.
 */
public record FollowUp(
        String id,
        String organisation,
        String tenantId,
        LocalDate date,
        FollowUpMode mode,
        int durationMinutes,
        Place place,
        List<LifeDomain> domains,
        String note,
        String healthNote,
        String recordedBy,
        Instant recordedAt) {

    /** The same contact without its health note, for whoever may not read it. */
    public FollowUp withoutHealthNote() {
        return new FollowUp(id, organisation, tenantId, date, mode, durationMinutes, place, domains, note, null,
                recordedBy, recordedAt);
    }
}
