package be.foyer.tenants.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import be.foyer.platform.domain.Author;

import be.foyer.tenants.tenant.LifeDomain;

/**
 * One individual contact with a tenant, done or planned. {@code place} is set for accompaniments only; {@code time}
 * (Brussels) is optional. {@code note}, {@code healthNote} and the reasons of corrections and of the withdrawal are
 * plain here and sealed with the tenant's key in the store; the health note is for staff and coordinators only.
 *
 * @param version increases with every change, so that two workers correcting it at once cannot overwrite each other
 */
public record FollowUp(
        String id,
        String organisation,
        String tenantId,
        LocalDate date,
        LocalTime time,
        FollowUpStatus status,
        FollowUpMode mode,
        int durationMinutes,
        Place place,
        List<LifeDomain> domains,
        String note,
        String healthNote,
        Author recordedBy,
        Instant recordedAt,
        List<Correction> corrections,
        Withdrawal withdrawal,
        long version) {

    public FollowUp {
        domains = domains == null ? List.of() : List.copyOf(domains);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    public boolean isDone() {
        return status == FollowUpStatus.DONE;
    }

    /** The same contact without its health note, for whoever may not read it. */
    public FollowUp withoutHealthNote() {
        return new FollowUp(id, organisation, tenantId, date, time, status, mode, durationMinutes, place, domains,
                note, null, recordedBy, recordedAt, corrections, withdrawal, version);
    }

    /** The contact as changed; {@code correction} is added to the list when given. */
    public FollowUp changed(LocalDate newDate, LocalTime newTime, FollowUpStatus newStatus, FollowUpMode newMode,
            int newDurationMinutes, Place newPlace, List<LifeDomain> newDomains, String newNote,
            String newHealthNote, Correction correction) {
        List<Correction> all = new ArrayList<>(corrections);
        if (correction != null) {
            all.add(correction);
        }
        return new FollowUp(id, organisation, tenantId, newDate, newTime, newStatus, newMode, newDurationMinutes,
                newPlace, newDomains, newNote, newHealthNote, recordedBy, recordedAt, all, withdrawal, version);
    }

    /**
     * The same follow-up with each protected text (note, health note, reasons) passed through {@code how}: sealing
     * before the store, opening after it ({@code ProtectedText}), or dropping them.
     */
    public FollowUp withTexts(UnaryOperator<String> how) {
        return new FollowUp(id, organisation, tenantId, date, time, status, mode, durationMinutes, place, domains,
                how.apply(note), how.apply(healthNote), recordedBy, recordedAt,
                corrections.stream().map(correction -> new Correction(correction.correctedAt(),
                        correction.correctedBy(), how.apply(correction.reason()))).toList(),
                withdrawal == null ? null : new Withdrawal(withdrawal.withdrawnAt(), withdrawal.withdrawnBy(),
                        how.apply(withdrawal.reason())), version);
    }

    public FollowUp withdrawn(Withdrawal why) {
        return new FollowUp(id, organisation, tenantId, date, time, FollowUpStatus.WITHDRAWN, mode, durationMinutes,
                place, domains, note, healthNote, recordedBy, recordedAt, corrections, why, version);
    }
}
