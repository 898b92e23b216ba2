package be.foyer.web.tenants.consents;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/tenants/{id}/consents}: the three purposes, each {@code granted:false} until an answer is
 * recorded.
 */
public record Consents(List<Consent> consents) {

    /** {@code changedOn} is null while the person was never asked. */
    public record Consent(String purpose, boolean granted, LocalDate changedOn, String recordedBy) {

        public boolean isRecorded() {
            return changedOn != null;
        }
    }

    public Consent of(String purpose) {
        return consents == null ? null
                : consents.stream().filter(consent -> purpose.equals(consent.purpose())).findFirst().orElse(null);
    }
}
