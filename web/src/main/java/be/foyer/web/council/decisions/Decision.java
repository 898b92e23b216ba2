package be.foyer.web.council.decisions;

import java.time.LocalDate;
import java.util.List;

/**
 * A council decision as {@code GET /api/council/decisions[/{id}]} answers it ({@code DecisionView}): the meeting
 * that took it, the text, the votes, the organisation that carries it out by {@code dueDate}, its status (OPEN,
 * IN_PROGRESS, DONE, DROPPED) and, in the single view, what it led to.
 */
public record Decision(String id, String meetingId, LocalDate meetingDate, String text, int votesFor,
        int votesAgainst, int abstentions, String ownerOrganisation, LocalDate dueDate, String status,
        List<DecisionLink> links) {

    public Decision {
        links = links == null ? List.of() : links;
    }
}
