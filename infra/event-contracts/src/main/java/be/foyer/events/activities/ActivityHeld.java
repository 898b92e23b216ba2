package be.foyer.events.activities;

import java.time.LocalDate;

import be.foyer.events.DomainEvent;

/** An occurrence took place (its attendance was taken). The federation counts recurring and one-off activities held. */
public record ActivityHeld(
        String activityId,
        String occurrenceId,
        String category,
        boolean recurring,
        LocalDate heldOn,
        String placeId,
        String placeCategory) implements DomainEvent {

    @Override
    public String aggregateId() {
        return activityId;
    }
}
