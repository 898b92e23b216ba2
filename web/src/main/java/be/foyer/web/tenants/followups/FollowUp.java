package be.foyer.web.tenants.followups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A follow-up as {@code GET /api/tenants/{id}/follow-ups} answers it (the fields pages show). {@code healthNote} is
 * absent for volunteers: the API leaves it out.
 */
public record FollowUp(String id, LocalDate date, String time, String status, String mode, Integer durationMinutes,
        Place place, List<String> domains, String note, String healthNote, String recordedBy, Instant recordedAt,
        List<Correction> corrections, Withdrawal withdrawal) {

    public record Place(String name, String category) {
    }

    public record Correction(Instant correctedAt, String correctedBy, String reason) {
    }

    public record Withdrawal(Instant withdrawnAt, String withdrawnBy, String reason) {
    }

    public boolean isPlanned() {
        return "PLANNED".equals(status);
    }

    public boolean isWithdrawn() {
        return "WITHDRAWN".equals(status) || withdrawal != null;
    }

    public List<String> domainList() {
        return domains == null ? List.of() : domains;
    }

    public List<Correction> correctionList() {
        return corrections == null ? List.of() : corrections;
    }

    /** The GOV.UK tag colour of the status; the status is always written too (never colour alone). */
    public String statusTagClass() {
        return switch (status == null ? "DONE" : status) {
            case "PLANNED" -> "govuk-tag--blue";
            case "MISSED" -> "govuk-tag--orange";
            case "CANCELLED", "WITHDRAWN" -> "govuk-tag--grey";
            default -> "govuk-tag--green";
        };
    }
}
