package be.foyer.events.housing;

import java.time.LocalDate;

import be.foyer.events.DomainEvent;

/** A dwelling became available, occupied, under works or withdrawn. */
public record DwellingStatusChanged(
        String dwellingId,
        String status,
        String previousStatus,
        LocalDate changedOn) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dwellingId;
    }
}
