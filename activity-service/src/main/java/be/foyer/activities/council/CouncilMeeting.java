package be.foyer.activities.council;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A meeting of the cross-project tenants' council. It belongs to the whole federation: every organisation sees it.
 * {@code organisation} is the one of the facilitator who planned it (the events' envelope organisation).
 * Written by compare-and-set on {@code version}.
 */
public record CouncilMeeting(String id, LocalDateTime start, String placeName, String placeAddress,
        String facilitator, String organisation, CouncilStatus status, List<AgendaItem> agenda, String minutes,
        List<OrganisationAttendance> attendance, List<Decision> decisions, Instant scheduledAt, long version) {

    public CouncilMeeting {
        agenda = List.copyOf(agenda);
        attendance = List.copyOf(attendance);
        decisions = List.copyOf(decisions);
    }

    public int tenantsPresent() {
        return attendance.stream().mapToInt(OrganisationAttendance::tenantsPresent).sum();
    }

    public Optional<Decision> decision(String decisionId) {
        return decisions.stream().filter(decision -> decision.id().equals(decisionId)).findFirst();
    }

    public CouncilMeeting withAgendaItem(AgendaItem item) {
        List<AgendaItem> items = new ArrayList<>(agenda);
        items.add(item);
        return new CouncilMeeting(id, start, placeName, placeAddress, facilitator, organisation, status, items,
                minutes, attendance, decisions, scheduledAt, version);
    }

    public CouncilMeeting withMinutes(String text, List<AgendaItem> items, List<OrganisationAttendance> present,
            CouncilStatus newStatus) {
        return new CouncilMeeting(id, start, placeName, placeAddress, facilitator, organisation, newStatus, items, text,
                present, decisions, scheduledAt, version);
    }

    public CouncilMeeting withDecision(Decision decision) {
        List<Decision> all = new ArrayList<>(decisions.stream().filter(known -> !known.id().equals(decision.id()))
                .toList());
        int index = indexOf(decision.id());
        all.add(index < 0 ? all.size() : index, decision);
        return new CouncilMeeting(id, start, placeName, placeAddress, facilitator, organisation, status, agenda,
                minutes, attendance, all, scheduledAt, version);
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
