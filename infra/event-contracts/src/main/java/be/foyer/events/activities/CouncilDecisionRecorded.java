package be.foyer.events.activities;

import java.time.LocalDate;

import be.foyer.events.DomainEvent;

/** The council decided something, with its votes and the organisation that carries it. */
public record CouncilDecisionRecorded(
        String decisionId,
        String meetingId,
        String ownerOrganisation,
        int votesFor,
        int votesAgainst,
        int abstentions,
        LocalDate dueDate,
        String status) implements DomainEvent {

    @Override
    public String aggregateId() {
        return meetingId;
    }
}
