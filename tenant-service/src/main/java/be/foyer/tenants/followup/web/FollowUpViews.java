package be.foyer.tenants.followup.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import be.foyer.tenants.followup.Correction;
import be.foyer.tenants.followup.FollowUp;
import be.foyer.tenants.followup.FollowUpMode;
import be.foyer.tenants.followup.FollowUpStatus;
import be.foyer.tenants.followup.Place;
import be.foyer.tenants.followup.PlaceCategory;
import be.foyer.tenants.followup.Withdrawal;
import be.foyer.tenants.tenant.LifeDomain;

/** How follow-ups and places are answered. */
public final class FollowUpViews {

    private FollowUpViews() {
    }

    /**
     * {@code healthNote} is left out for whoever may not read it; {@code time}, {@code place} and
     * {@code withdrawal} when there is none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FollowUpView(String id, String tenantId, LocalDate date, String time, FollowUpStatus status,
            FollowUpMode mode, int durationMinutes, PlaceView place, List<LifeDomain> domains, String note,
            String healthNote, String recordedBy, Instant recordedAt, List<CorrectionView> corrections,
            WithdrawalView withdrawal) {

        public static FollowUpView of(FollowUp followUp) {
            Withdrawal withdrawal = followUp.withdrawal();
            return new FollowUpView(followUp.id(), followUp.tenantId(), followUp.date(),
                    followUp.time() == null ? null : followUp.time().toString(), followUp.status(), followUp.mode(),
                    followUp.durationMinutes(), followUp.place() == null ? null : PlaceView.of(followUp.place()),
                    followUp.domains(), followUp.note(), followUp.healthNote(), followUp.recordedBy().name(),
                    followUp.recordedAt(), followUp.corrections().stream().map(CorrectionView::of).toList(),
                    withdrawal == null ? null : new WithdrawalView(withdrawal.withdrawnAt(), withdrawal.withdrawnBy().name(),
                            withdrawal.reason()));
        }
    }

    public record CorrectionView(Instant correctedAt, String correctedBy, String reason) {
        static CorrectionView of(Correction correction) {
            return new CorrectionView(correction.correctedAt(), correction.correctedBy().name(), correction.reason());
        }
    }

    public record WithdrawalView(Instant withdrawnAt, String withdrawnBy, String reason) {
    }

    public record PlaceView(String id, String name, PlaceCategory category) {
        public static PlaceView of(Place place) {
            return new PlaceView(place.id(), place.name(), place.category());
        }
    }
}
