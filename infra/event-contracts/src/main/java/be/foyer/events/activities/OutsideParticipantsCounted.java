package be.foyer.events.activities;

import java.util.Map;
import java.util.TreeMap;

import be.foyer.events.DomainEvent;

/**
 * How many people who are not tenants (neighbours, pupils, relatives, others) came to an occurrence, by kind, as
 * now counted (it replaces the previous count). Numbers only: outside participants are never named nor counted as
 * tenants. The envelope's organisation is the organiser's.
 *
 * @param counts every kind (NEIGHBOUR, PUPIL, RELATIVE, OTHER) with its number
 */
public record OutsideParticipantsCounted(
        String activityId,
        String occurrenceId,
        String organiser,
        Map<String, Integer> counts,
        int total) implements DomainEvent {

    public OutsideParticipantsCounted {
        counts = counts == null ? Map.of() : new TreeMap<>(counts);
    }

    @Override
    public String aggregateId() {
        return activityId;
    }
}
