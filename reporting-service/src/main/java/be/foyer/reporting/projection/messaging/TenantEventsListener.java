package be.foyer.reporting.projection.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import be.foyer.events.Topics;
import be.foyer.platform.messaging.InboundEvents;
import be.foyer.reporting.projection.TenantEventsProjection;

/** Takes in {@code foyer.tenants.v1}: the platform decodes, skips duplicates and sends unreadable records to the DLT. */
@Component
public class TenantEventsListener {

    private final InboundEvents inbound;
    private final TenantEventsProjection projection;

    public TenantEventsListener(InboundEvents inbound, TenantEventsProjection projection) {
        this.inbound = inbound;
        this.projection = projection;
    }

    @KafkaListener(topics = Topics.TENANTS)
    void on(ConsumerRecord<String, String> record) {
        inbound.accept(record, projection::apply);
    }
}
