package be.foyer.reporting.projection;

import static be.foyer.reporting.projection.EventProjection.require;

import org.springframework.stereotype.Component;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;
import be.foyer.events.housing.TenancyEnded;
import be.foyer.events.housing.TenancyStarted;

/** {@code foyer.housing.v1}: tenancies, for tenants housed, move-ins, ends by reason and retention. */
@Component
public class HousingEventsProjection implements EventProjection {

    private final TenancyFacts tenancies;

    public HousingEventsProjection(TenancyFacts tenancies) {
        this.tenancies = tenancies;
    }

    @Override
    public void apply(EventEnvelope<DomainEvent> event, FactBatch batch) {
        DomainEvent payload = event.payload();
        if (payload instanceof TenancyStarted started) {
            require(event, started.tenancyId(), started.tenantId(), started.moveInDate());
            tenancies.started(batch, event.organisation(), started);
        } else if (payload instanceof TenancyEnded ended) {
            require(event, ended.tenancyId(), ended.tenantId(), ended.endDate());
            tenancies.ended(batch, event.organisation(), ended);
        }
    }
}
