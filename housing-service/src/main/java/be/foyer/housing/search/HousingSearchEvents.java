package be.foyer.housing.search;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import be.foyer.events.EventEnvelope;
import be.foyer.events.housing.HousingSearchClosed;
import be.foyer.events.housing.HousingSearchOpened;
import be.foyer.events.housing.HousingSearchStepRecorded;

/** Every event of a housing search is made here: kinds and dates, never a step's detail. */
@Component
public class HousingSearchEvents {

    private final Clock clock;

    public HousingSearchEvents(Clock clock) {
        this.clock = clock;
    }

    EventEnvelope<HousingSearchOpened> opened(HousingSearch search) {
        return EventEnvelope.of(search.organisation(), new HousingSearchOpened(search.id(), search.tenantId(),
                search.openedOn()), clock.instant());
    }

    EventEnvelope<HousingSearchStepRecorded> stepRecorded(HousingSearch search, SearchStep step) {
        return EventEnvelope.of(search.organisation(), new HousingSearchStepRecorded(search.id(), search.tenantId(),
                step.id(), step.kind().name(), step.date()), clock.instant());
    }

    EventEnvelope<HousingSearchClosed> closed(HousingSearch search, SearchStatus outcome, LocalDate on,
            String tenancyId) {
        return EventEnvelope.of(search.organisation(), new HousingSearchClosed(search.id(), search.tenantId(), on,
                outcome.name(), tenancyId), clock.instant());
    }
}
