package be.foyer.activities.council;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something the council decided, with its votes and the organisation that carries it out by {@code dueDate}.
 *
 * @param agendaItemId the agenda item it answers, if any
 */
public record Decision(String id, String text, String agendaItemId, int votesFor, int votesAgainst,
        int abstentions, String ownerOrganisation, LocalDate dueDate, DecisionStatus status, Instant recordedAt) {

    public Decision withStatus(DecisionStatus newStatus, LocalDate newDueDate) {
        return new Decision(id, text, agendaItemId, votesFor, votesAgainst, abstentions, ownerOrganisation,
                newDueDate, newStatus, recordedAt);
    }
}
