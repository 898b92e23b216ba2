package be.foyer.activities.occurrence.web;

import java.util.List;
import java.util.Map;

import be.foyer.activities.activity.ActivityStatus;
import be.foyer.activities.occurrence.Occurrence;
import be.foyer.activities.occurrence.OutsideKind;
import be.foyer.activities.occurrence.OutsideParticipants;
import be.foyer.activities.occurrence.Participants;
import be.foyer.activities.occurrence.Participants.OrganisationCount;
import be.foyer.activities.occurrence.Participants.Participant;
import be.foyer.platform.web.PageQuery;

/**
 * The participant list of one occurrence: counts for everyone, rows as {@link Participants} allows, a page of them.
 * {@code attendedTenants} counts the registrations marked present; outside participants are counted by kind (every
 * kind always there) and in {@code outsideTotal}, never as rows nor tenants.
 *
 * @param status the occurrence's: SCHEDULED, HELD (attendance taken) or CANCELLED
 */
public record ParticipantsView(String occurrenceId, int capacity, long placesTaken, long waitlisted,
        List<OrganisationCount> byOrganisation, List<RegistrationView> items, int page, int size, long total,
        ActivityStatus status, long attendedTenants, Map<OutsideKind, Integer> outsideParticipants,
        int outsideTotal) {

    static ParticipantsView of(Participants participants, PageQuery page) {
        Occurrence occurrence = participants.occurrence();
        String occurrenceId = occurrence.id();
        OutsideParticipants outside = occurrence.state() == null ? OutsideParticipants.none()
                : occurrence.state().outside();
        return new ParticipantsView(occurrenceId, occurrence.activity().capacity(),
                occurrence.confirmed(), occurrence.waitlisted(),
                participants.byOrganisation(),
                participants.items().stream().map(participant -> row(occurrenceId, participant)).toList(),
                page.page(), page.size(), participants.total(), occurrence.status(),
                occurrence.state() == null ? 0 : occurrence.state().attended(), outside.counts(), outside.total());
    }

    private static RegistrationView row(String occurrenceId, Participant participant) {
        RegistrationView view = RegistrationView.of(occurrenceId, participant.registration(), participant.firstName(),
                participant.position());
        return participant.own() ? view : new RegistrationView(view.id(), occurrenceId, view.organisation(), null,
                view.firstName(), view.status(), view.position(), view.presence(), view.registeredAt(),
                view.promotedAt());
    }
}
