package be.foyer.platform.tenants;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

import be.foyer.events.Topics;
import be.foyer.platform.messaging.InboundEvents;

/**
 * Feeds {@link KnownTenants} from {@code foyer.tenants.v1}. It has a consumer group of its own, so that a listener
 * the service adds on the same topic receives every record too instead of sharing the partitions with this one.
 */
class KnownTenantsListener {

    private final InboundEvents inbound;
    private final KnownTenants knownTenants;

    KnownTenantsListener(InboundEvents inbound, KnownTenants knownTenants) {
        this.inbound = inbound;
        this.knownTenants = knownTenants;
    }

    @KafkaListener(id = "known-tenants", groupId = "${spring.application.name}.known-tenants", topics = Topics.TENANTS)
    void on(ConsumerRecord<String, String> record) {
        inbound.accept(record, knownTenants::apply);
    }
}
