package be.foyer.activities.council;

import java.time.Instant;
import java.time.LocalDateTime;

import be.foyer.events.BrusselsTime;
import be.foyer.events.EventEnvelope;
import be.foyer.events.activities.CouncilDecisionRecorded;
import be.foyer.events.activities.CouncilMeetingCancelled;
import be.foyer.events.activities.CouncilMeetingHeld;
import be.foyer.events.activities.CouncilMeetingRescheduled;
import be.foyer.events.activities.CouncilMeetingScheduled;

/**
 * The one place where the council feature makes its events: ids, dates, organisations and counts only, never
 * minutes, agenda titles or decision text.
 */
final class CouncilEvents {

    private CouncilEvents() {
    }

    static EventEnvelope<CouncilMeetingScheduled> scheduled(CouncilMeeting meeting, Instant now) {
        return EventEnvelope.of(meeting.organisation(),
                new CouncilMeetingScheduled(meeting.id(), startsAt(meeting.start())), now);
    }

    static EventEnvelope<CouncilMeetingCancelled> cancelled(CouncilMeeting meeting, Instant now) {
        return EventEnvelope.of(meeting.organisation(), new CouncilMeetingCancelled(meeting.id()), now);
    }

    static EventEnvelope<CouncilMeetingRescheduled> rescheduled(CouncilMeeting moved, Instant now) {
        return EventEnvelope.of(moved.organisation(),
                new CouncilMeetingRescheduled(moved.id(), startsAt(moved.start())), now);
    }

    /** {@code held} is the meeting with its minutes: the organisations with tenants present, and their count. */
    static EventEnvelope<CouncilMeetingHeld> held(CouncilMeeting held, Instant now) {
        return EventEnvelope.of(held.organisation(), new CouncilMeetingHeld(held.id(), held.start().toLocalDate(),
                held.attendance().stream().filter(present -> present.tenantsPresent() > 0)
                        .map(OrganisationAttendance::organisation).toList(),
                held.tenantsPresent()), now);
    }

    static EventEnvelope<CouncilDecisionRecorded> decisionRecorded(CouncilMeeting meeting, Decision decision,
            Instant now) {
        return EventEnvelope.of(meeting.organisation(), new CouncilDecisionRecorded(decision.id(), meeting.id(),
                decision.ownerOrganisation(), decision.votesFor(), decision.votesAgainst(), decision.abstentions(),
                decision.dueDate(), decision.status().name()), now);
    }

    private static Instant startsAt(LocalDateTime start) {
        return start.atZone(BrusselsTime.ZONE).toInstant();
    }
}
