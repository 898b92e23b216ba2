package be.foyer.reporting.projection;

import static be.foyer.reporting.projection.EventProjection.require;

import org.springframework.stereotype.Component;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;
import be.foyer.events.activities.ActivityHeld;
import be.foyer.events.activities.CouncilDecisionRecorded;
import be.foyer.events.activities.CouncilMeetingHeld;
import be.foyer.events.activities.ParticipationRecorded;

/** {@code foyer.activities.v1}: activities held, participations, council meetings and decisions. */
@Component
public class ActivityEventsProjection implements EventProjection {

    private final ActivityFacts activities;
    private final ParticipationFacts participations;
    private final CouncilMeetingFacts councilMeetings;
    private final CouncilDecisionFacts councilDecisions;

    public ActivityEventsProjection(ActivityFacts activities, ParticipationFacts participations,
            CouncilMeetingFacts councilMeetings, CouncilDecisionFacts councilDecisions) {
        this.activities = activities;
        this.participations = participations;
        this.councilMeetings = councilMeetings;
        this.councilDecisions = councilDecisions;
    }

    @Override
    public void apply(EventEnvelope<DomainEvent> event, FactBatch batch) {
        DomainEvent payload = event.payload();
        if (payload instanceof ActivityHeld held) {
            require(event, held.activityId(), held.heldOn());
            activities.held(batch, event.organisation(), held);
        } else if (payload instanceof ParticipationRecorded participation) {
            require(event, participation.activityId(), participation.tenantId(), participation.date());
            participations.record(batch, event.organisation(), participation);
        } else if (payload instanceof CouncilMeetingHeld meeting) {
            require(event, meeting.meetingId(), meeting.heldOn());
            councilMeetings.held(batch, meeting);
        } else if (payload instanceof CouncilDecisionRecorded decision) {
            require(event, decision.decisionId(), decision.meetingId());
            councilDecisions.recorded(batch, decision);
        }
    }
}
