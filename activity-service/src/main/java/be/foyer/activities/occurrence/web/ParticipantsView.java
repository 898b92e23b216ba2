package be.foyer.activities.occurrence.web;

import java.util.List;

import be.foyer.activities.occurrence.Participants;
import be.foyer.activities.occurrence.Participants.OrganisationCount;
import be.foyer.activities.occurrence.Participants.Participant;
import be.foyer.platform.web.PageQuery;

/** The participant list of one occurrence: counts for everyone, rows as {@link Participants} allows, a page of them. */
public record ParticipantsView(String occurrenceId, int capacity, long placesTaken, long waitlisted,
        List<OrganisationCount> byOrganisation, List<RegistrationView> items, int page, int size, long total) {

    static ParticipantsView of(Participants participants, PageQuery page) {
        String occurrenceId = participants.occurrence().id();
        return new ParticipantsView(occurrenceId, participants.occurrence().activity().capacity(),
                participants.occurrence().confirmed(), participants.occurrence().waitlisted(),
                participants.byOrganisation(),
                participants.items().stream().map(participant -> row(occurrenceId, participant)).toList(),
                page.page(), page.size(), participants.total());
    }

    private static RegistrationView row(String occurrenceId, Participant participant) {
        RegistrationView view = RegistrationView.of(occurrenceId, participant.registration(), participant.firstName(),
                participant.position());
        return participant.own() ? view : new RegistrationView(view.id(), occurrenceId, view.organisation(), null,
                view.firstName(), view.status(), view.position(), view.presence());
    }
}
