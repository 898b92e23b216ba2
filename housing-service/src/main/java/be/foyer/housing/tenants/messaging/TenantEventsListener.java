package be.foyer.housing.tenants.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import be.foyer.events.Topics;
import be.foyer.housing.tenants.KnownTenants;
import be.foyer.platform.messaging.InboundEvents;

/** Takes in {@code foyer.tenants.v1}: the platform decodes, skips duplicates and sends unreadable records to the DLT. */
@Component
public class TenantEventsListener {

    private final InboundEvents inbound;
    private final KnownTenants knownTenants;

    public TenantEventsListener(InboundEvents inbound, KnownTenants knownTenants) {
        this.inbound = inbound;
        this.knownTenants = knownTenants;
    }

    @KafkaListener(topics = Topics.TENANTS)
    void on(ConsumerRecord<String, String> record) {
        inbound.accept(record, knownTenants::apply);
    }
}
