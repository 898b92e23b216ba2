package be.foyer.housing.search.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import be.foyer.events.Topics;
import be.foyer.events.tenants.TenantErased;
import be.foyer.housing.search.HousingSearchStore;
import be.foyer.platform.messaging.InboundEvents;

/**
 * Wipes the free text of an erased tenant's search steps (landlords' names, refusal reasons). It has a consumer group
 * of its own, so that it and the known-tenants read model both receive every record of the tenant topic.
 */
@Component
class TenantErasedListener {

    private final InboundEvents inbound;
    private final HousingSearchStore searches;

    TenantErasedListener(InboundEvents inbound, HousingSearchStore searches) {
        this.inbound = inbound;
        this.searches = searches;
    }

    @KafkaListener(id = "housing-search-erasure", groupId = "${spring.application.name}.search-erasure",
            topics = Topics.TENANTS)
    void on(ConsumerRecord<String, String> record) {
        inbound.accept(record, event -> {
            if (event.payload() instanceof TenantErased erased) {
                searches.forgetDetailsOf(erased.tenantId());
            }
        });
    }
}
