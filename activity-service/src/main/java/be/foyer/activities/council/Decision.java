package be.foyer.activities.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Something the council decided, with its votes and the organisation that carries it out by {@code dueDate}.
 *
 * @param agendaItemId the agenda item it answers, if any
 * @param links        what it led to, in the order they were linked
 */
public record Decision(String id, String text, String agendaItemId, int votesFor, int votesAgainst,
        int abstentions, String ownerOrganisation, LocalDate dueDate, DecisionStatus status, Instant recordedAt,
        List<DecisionLink> links) {

    public Decision {
        links = links == null ? List.of() : List.copyOf(links);
    }

    public Decision withStatus(DecisionStatus newStatus, LocalDate newDueDate) {
        return new Decision(id, text, agendaItemId, votesFor, votesAgainst, abstentions, ownerOrganisation,
                newDueDate, newStatus, recordedAt, links);
    }

    public Decision withLink(DecisionLink link) {
        List<DecisionLink> all = new ArrayList<>(links);
        all.add(link);
        return new Decision(id, text, agendaItemId, votesFor, votesAgainst, abstentions, ownerOrganisation, dueDate,
                status, recordedAt, all);
    }
}
