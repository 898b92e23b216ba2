package be.foyer.tenants.tenant.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import be.foyer.platform.messaging.InboundEvents;
import be.foyer.tenants.tenant.HousingStatus;

/**
 * Takes in {@code foyer.housing.v1} one record at a time: each event id once per group ({@link InboundEvents}), an
 * unreadable record to {@code foyer.housing.v1.DLT} through the platform's error handler.
 */
@Component
class HousingEventsListener {

    private final InboundEvents inbound;
    private final HousingStatus housingStatus;

    HousingEventsListener(InboundEvents inbound, HousingStatus housingStatus) {
        this.inbound = inbound;
        this.housingStatus = housingStatus;
    }

    @KafkaListener(id = "tenant-housing-status", groupId = "${foyer.tenants.housing-events.group-id}",
            topics = "${foyer.tenants.housing-events.topic}")
    void on(ConsumerRecord<String, String> record) {
        inbound.accept(record, housingStatus::apply);
    }
}
