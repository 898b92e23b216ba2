package be.foyer.activities.council.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import be.foyer.activities.activity.Activity;
import be.foyer.activities.activity.ActivityService;
import be.foyer.activities.council.AgendaItem;
import be.foyer.activities.council.CouncilMeeting;
import be.foyer.activities.council.CouncilStatus;
import be.foyer.activities.council.Decision;
import be.foyer.activities.council.DecisionLink;
import be.foyer.activities.council.DecisionStatus;
import be.foyer.activities.council.OrganisationAttendance;
import be.foyer.platform.security.Caller;
import be.foyer.platform.tenants.KnownTenants;

/**
 * What the council endpoints answer, as the caller may see it. Times are Brussels local date-times. A tenant an
 * agenda item was proposed for is never identified: their first name shows only while they consent to it
 * ({@code SHARED_ACTIVITIES}), and a linked activity's title only if the caller can see that activity.
 */
@Component
public class CouncilViews {

    private final KnownTenants knownTenants;
    private final ActivityService activities;

    public CouncilViews(KnownTenants knownTenants, ActivityService activities) {
        this.knownTenants = knownTenants;
        this.activities = activities;
    }

    public MeetingView meeting(Caller caller, CouncilMeeting meeting) {
        return new MeetingView(meeting.id(), meeting.seriesId(), meeting.start(), meeting.end(), "Europe/Brussels",
                meeting.placeName(), meeting.placeAddress(), meeting.facilitator().name(), meeting.status(),
                meeting.agenda().stream().map(this::item).toList(), meeting.minutes(), meeting.attendance(),
                meeting.tenantsPresent(),
                meeting.decisions().stream().map(decision -> decision(caller, meeting, decision)).toList());
    }

    public DecisionView decision(Caller caller, CouncilMeeting meeting, Decision decision) {
        return new DecisionView(decision.id(), meeting.id(), meeting.start().toLocalDate(), decision.text(),
                decision.agendaItemId(), decision.votesFor(), decision.votesAgainst(), decision.abstentions(),
                decision.ownerOrganisation(), decision.dueDate(), decision.status(),
                decision.links().stream().map(link -> link(caller, link)).toList());
    }

    private AgendaItemView item(AgendaItem item) {
        boolean showsFirstName = item.tenantFirstName() != null && knownTenants.sharesFirstName(item.tenantId());
        return new AgendaItemView(item.id(), item.title(), item.proposingOrganisation(), item.position(),
                item.outcome(), item.proposedBy().name(), item.onBehalfOfTenant(),
                showsFirstName ? item.tenantFirstName() : null);
    }

    private LinkView link(Caller caller, DecisionLink link) {
        String title = link.activityId() == null ? null : activities.visible(caller.organisation(), link.activityId()).map(Activity::title).orElse(null);
        return new LinkView(link.id(), link.kind(), link.activityId(), title, link.siteName(), link.description(),
                link.linkedAt(), link.linkedBy().name());
    }

    public record MeetingView(String id, String seriesId, LocalDateTime start, LocalDateTime end, String timeZone,
            String placeName, String placeAddress, String facilitator, CouncilStatus status,
            List<AgendaItemView> agenda, String minutes, List<OrganisationAttendance> attendance, int tenantsPresent,
            List<DecisionView> decisions) {
    }

    /** The first meeting planned, and every meeting of its series (itself included), by start. */
    public record PlannedMeetings(@JsonUnwrapped MeetingView first, List<SeriesMeeting> seriesMeetings) {
    }

    public record SeriesMeeting(String id, LocalDateTime start) {
    }

    /**
     * An agenda item; {@code onBehalfOfTenant} says it was proposed for a tenant of {@code proposingOrganisation},
     * {@code tenantFirstName} is that tenant's first name when they consent to show it, else {@code null}.
     */
    public record AgendaItemView(String id, String title, String proposingOrganisation, int position, String outcome,
            String proposedBy, boolean onBehalfOfTenant, String tenantFirstName) {
    }

    /** A decision in the log, with the meeting that took it and what it led to. */
    public record DecisionView(String id, String meetingId, LocalDate meetingDate, String text, String agendaItemId,
            int votesFor, int votesAgainst, int abstentions, String ownerOrganisation, LocalDate dueDate,
            DecisionStatus status, List<LinkView> links) {
    }

    /** {@code activityTitle} is {@code null} when the caller cannot see the activity. */
    public record LinkView(String id, DecisionLink.Kind kind, String activityId, String activityTitle,
            String siteName, String description, Instant linkedAt, String linkedBy) {
    }
}
