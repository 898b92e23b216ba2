package be.foyer.housing.dwelling;

import java.time.Clock;

import org.springframework.stereotype.Component;

import be.foyer.events.EventEnvelope;
import be.foyer.events.housing.DwellingRegistered;
import be.foyer.events.housing.DwellingStatusChanged;

/** Every event of a dwelling is made here (ids and enum names only: no address); the store writes what it is given. */
@Component
public class DwellingEvents {

    private final Clock clock;

    public DwellingEvents(Clock clock) {
        this.clock = clock;
    }

    EventEnvelope<DwellingRegistered> registered(Dwelling dwelling) {
        return EventEnvelope.of(dwelling.organisation(), new DwellingRegistered(dwelling.id(), dwelling.siteId(),
                dwelling.housingModel().name(), dwelling.capacity()), dwelling.registeredAt());
    }

    EventEnvelope<DwellingStatusChanged> statusChanged(Dwelling dwelling, StatusChange change) {
        return EventEnvelope.of(dwelling.organisation(), new DwellingStatusChanged(dwelling.id(),
                change.status().name(), change.previousStatus().name(), change.changedOn()), clock.instant());
    }
}
