package be.foyer.activities.council;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import be.foyer.platform.domain.Author;

/**
 * A meeting of the cross-project tenants' council. It belongs to the whole federation: every organisation sees it.
 * {@code facilitator} planned it; {@code organisation} is that facilitator's (the events' envelope organisation).
 * {@code seriesId} is shared by the meetings planned together with a recurrence ({@code null} for a single one).
 * Written by compare-and-set on {@code version}.
 */
public record CouncilMeeting(String id, String seriesId, LocalDateTime start, LocalDateTime end, String placeName,
        String placeAddress, Author facilitator, String organisation, CouncilStatus status, List<AgendaItem> agenda,
        String minutes, List<OrganisationAttendance> attendance, List<Decision> decisions, Instant scheduledAt,
        long version) {

    public CouncilMeeting {
        agenda = agenda.stream().sorted(Comparator.comparingInt(AgendaItem::position)).toList();
        attendance = List.copyOf(attendance);
        decisions = List.copyOf(decisions);
    }

    public int tenantsPresent() {
        return attendance.stream().mapToInt(OrganisationAttendance::tenantsPresent).sum();
    }

    public Optional<Decision> decision(String decisionId) {
        return decisions.stream().filter(decision -> decision.id().equals(decisionId)).findFirst();
    }

    public CouncilMeeting withAgenda(List<AgendaItem> items) {
        return new CouncilMeeting(id, seriesId, start, end, placeName, placeAddress, facilitator, organisation, status,
                items, minutes, attendance, decisions, scheduledAt, version);
    }

    public CouncilMeeting withAgendaItem(AgendaItem item) {
        List<AgendaItem> items = new ArrayList<>(agenda);
        items.add(item);
        return withAgenda(items);
    }

    public CouncilMeeting withMinutes(String text, List<AgendaItem> items, List<OrganisationAttendance> present,
            CouncilStatus newStatus) {
        return new CouncilMeeting(id, seriesId, start, end, placeName, placeAddress, facilitator, organisation,
                newStatus, items, text, present, decisions, scheduledAt, version);
    }

    public CouncilMeeting cancelled() {
        return new CouncilMeeting(id, seriesId, start, end, placeName, placeAddress, facilitator, organisation,
                CouncilStatus.CANCELLED, agenda, minutes, attendance, decisions, scheduledAt, version);
    }

    public CouncilMeeting movedTo(LocalDateTime newStart, LocalDateTime newEnd) {
        return new CouncilMeeting(id, seriesId, newStart, newEnd, placeName, placeAddress, facilitator, organisation,
                status, agenda, minutes, attendance, decisions, scheduledAt, version);
    }

    public CouncilMeeting withDecision(Decision decision) {
        List<Decision> all = new ArrayList<>(decisions.stream().filter(known -> !known.id().equals(decision.id()))
                .toList());
        int index = indexOf(decision.id());
        all.add(index < 0 ? all.size() : index, decision);
        return new CouncilMeeting(id, seriesId, start, end, placeName, placeAddress, facilitator, organisation, status,
                agenda, minutes, attendance, all, scheduledAt, version);
    }

    private int indexOf(String decisionId) {
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).id().equals(decisionId)) {
                return i;
            }
        }
        return -1;
    }
}
