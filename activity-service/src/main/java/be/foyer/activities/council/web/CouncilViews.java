package be.foyer.activities.council.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import be.foyer.activities.council.AgendaItem;
import be.foyer.activities.council.CouncilMeeting;
import be.foyer.activities.council.CouncilStatus;
import be.foyer.activities.council.Decision;
import be.foyer.activities.council.DecisionStatus;
import be.foyer.activities.council.OrganisationAttendance;

/** What the council endpoints answer. Times are Brussels local date-times. */
public final class CouncilViews {

    private CouncilViews() {
    }

    public record MeetingView(String id, LocalDateTime start, String timeZone, String placeName, String placeAddress,
            String facilitator, CouncilStatus status, List<AgendaItem> agenda, String minutes,
            List<OrganisationAttendance> attendance, int tenantsPresent, List<DecisionView> decisions) {

        static MeetingView of(CouncilMeeting meeting) {
            return new MeetingView(meeting.id(), meeting.start(), "Europe/Brussels", meeting.placeName(),
                    meeting.placeAddress(), meeting.facilitator(), meeting.status(), meeting.agenda(),
                    meeting.minutes(), meeting.attendance(), meeting.tenantsPresent(),
                    meeting.decisions().stream().map(decision -> DecisionView.of(meeting, decision)).toList());
        }
    }

    /** A decision in the log, with the meeting that took it. */
    public record DecisionView(String id, String meetingId, LocalDate meetingDate, String text, String agendaItemId,
            int votesFor, int votesAgainst, int abstentions, String ownerOrganisation, LocalDate dueDate,
            DecisionStatus status) {

        static DecisionView of(CouncilMeeting meeting, Decision decision) {
            return new DecisionView(decision.id(), meeting.id(), meeting.start().toLocalDate(), decision.text(),
                    decision.agendaItemId(), decision.votesFor(), decision.votesAgainst(), decision.abstentions(),
                    decision.ownerOrganisation(), decision.dueDate(), decision.status());
        }
    }
}
