package be.foyer.reporting.projection;

import static be.foyer.reporting.projection.EventProjection.require;

import org.springframework.stereotype.Component;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;
import be.foyer.events.activities.ActivityHeld;
import be.foyer.events.activities.CouncilMeetingHeld;
import be.foyer.events.activities.ParticipationRecorded;

/** {@code foyer.activities.v1}: activities held, participations and council meetings. */
@Component
public class ActivityEventsProjection implements EventProjection {

    private final ActivityFacts activities;
    private final ParticipationFacts participations;
    private final CouncilMeetingFacts councilMeetings;

    public ActivityEventsProjection(ActivityFacts activities, ParticipationFacts participations,
            CouncilMeetingFacts councilMeetings) {
        this.activities = activities;
        this.participations = participations;
        this.councilMeetings = councilMeetings;
    }

    @Override
    public void apply(EventEnvelope<DomainEvent> event) {
        DomainEvent payload = event.payload();
        if (payload instanceof ActivityHeld held) {
            require(event, held.activityId(), held.heldOn());
            activities.held(event.organisation(), held);
        } else if (payload instanceof ParticipationRecorded participation) {
            require(event, participation.activityId(), participation.tenantId(), participation.date());
            participations.record(event.organisation(), participation);
        } else if (payload instanceof CouncilMeetingHeld meeting) {
            require(event, meeting.meetingId(), meeting.heldOn());
            councilMeetings.held(meeting);
        }
    }
}
