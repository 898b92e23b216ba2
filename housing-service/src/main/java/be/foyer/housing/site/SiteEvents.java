package be.foyer.housing.site;

import org.springframework.stereotype.Component;

import be.foyer.events.EventEnvelope;
import be.foyer.events.housing.SiteRegistered;

/** Every event of a site is made here (model and shared spaces only: no name, address or house rules). */
@Component
public class SiteEvents {

    EventEnvelope<SiteRegistered> registered(Site site) {
        return EventEnvelope.of(site.organisation(), new SiteRegistered(site.id(), site.housingModel().name(),
                site.sharedSpaces().stream().map(Enum::name).toList()), site.registeredAt());
    }
}
