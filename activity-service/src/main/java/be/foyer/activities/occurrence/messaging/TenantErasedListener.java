package be.foyer.activities.occurrence.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import be.foyer.activities.occurrence.ErasedTenants;
import be.foyer.events.Topics;
import be.foyer.events.tenants.TenantErased;
import be.foyer.platform.messaging.InboundEvents;

/**
 * Takes erasures from the tenant topic. It has a consumer group of its own, so that it and the known-tenants read
 * model both receive every record of the topic.
 */
@Component
class TenantErasedListener {

    private final InboundEvents inbound;
    private final ErasedTenants erased;

    TenantErasedListener(InboundEvents inbound, ErasedTenants erased) {
        this.inbound = inbound;
        this.erased = erased;
    }

    @KafkaListener(id = "activity-erasure", groupId = "${spring.application.name}.erasure", topics = Topics.TENANTS)
    void on(ConsumerRecord<String, String> record) {
        inbound.accept(record, event -> {
            if (event.payload() instanceof TenantErased erasure) {
                erased.forget(erasure.tenantId());
            }
        });
    }
}
