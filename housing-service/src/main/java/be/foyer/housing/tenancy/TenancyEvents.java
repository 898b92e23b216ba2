package be.foyer.housing.tenancy;

import java.time.Clock;

import org.springframework.stereotype.Component;

import be.foyer.events.EventEnvelope;
import be.foyer.events.housing.TenancyEnded;
import be.foyer.events.housing.TenancyStarted;

/**
 * Every event of a tenancy is made here. They travel in the dwelling's document, written with the place they take
 * or free ({@code DwellingService.takePlace}, {@code freePlace}).
 */
@Component
public class TenancyEvents {

    private final Clock clock;

    public TenancyEvents(Clock clock) {
        this.clock = clock;
    }

    EventEnvelope<TenancyStarted> started(Tenancy tenancy) {
        return EventEnvelope.of(tenancy.organisation(), new TenancyStarted(tenancy.id(), tenancy.tenantId(),
                tenancy.dwellingId(), tenancy.siteId(), tenancy.housingModel().name(), tenancy.moveInDate(),
                tenancy.plannedEnd()), clock.instant());
    }

    EventEnvelope<TenancyEnded> ended(Tenancy tenancy) {
        return EventEnvelope.of(tenancy.organisation(), new TenancyEnded(tenancy.id(), tenancy.tenantId(),
                tenancy.dwellingId(), tenancy.housingModel().name(), tenancy.moveInDate(), tenancy.endDate(),
                tenancy.endReason().name()), clock.instant());
    }
}
