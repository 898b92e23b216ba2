package be.foyer.tenants.followup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;
import be.foyer.events.tenants.FollowUpCorrected;
import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.events.tenants.FollowUpWithdrawn;

/**
 * What the bus hears of a follow-up: only contacts that took place count. Becoming DONE is {@code FollowUpRecorded}
 * (dated the follow-up's date), a change of a DONE one is {@code FollowUpCorrected}, the withdrawal of a DONE one is
 * {@code FollowUpWithdrawn}. Planned, missed and cancelled ones say nothing. Never a note, a reason or a place name.
 */
final class FollowUpEvents {

    private FollowUpEvents() {
    }

    /** @param before {@code null} for a new follow-up */
    static Optional<EventEnvelope<?>> of(FollowUp before, FollowUp after, Instant now) {
        boolean wasDone = before != null && before.isDone();
        DomainEvent event = null;
        if (after.isDone()) {
            event = wasDone ? corrected(after) : recorded(after);
        } else if (wasDone && after.status() == FollowUpStatus.WITHDRAWN) {
            event = new FollowUpWithdrawn(after.id(), after.tenantId());
        }
        return Optional.ofNullable(event).map(payload -> EventEnvelope.of(after.organisation(), payload, now));
    }

    private static FollowUpRecorded recorded(FollowUp followUp) {
        return new FollowUpRecorded(followUp.id(), followUp.tenantId(), followUp.date(), followUp.mode().name(),
                followUp.durationMinutes(), domains(followUp), placeId(followUp), placeCategory(followUp));
    }

    private static FollowUpCorrected corrected(FollowUp followUp) {
        return new FollowUpCorrected(followUp.id(), followUp.tenantId(), followUp.date(), followUp.mode().name(),
                followUp.durationMinutes(), domains(followUp), placeId(followUp), placeCategory(followUp));
    }

    private static List<String> domains(FollowUp followUp) {
        return followUp.domains().stream().map(Enum::name).toList();
    }

    private static String placeId(FollowUp followUp) {
        return followUp.place() == null ? null : followUp.place().id();
    }

    private static String placeCategory(FollowUp followUp) {
        return followUp.place() == null ? null : followUp.place().category().name();
    }
}
