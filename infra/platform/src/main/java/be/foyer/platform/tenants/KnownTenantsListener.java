package be.foyer.platform.tenants;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

import be.foyer.events.Topics;
import be.foyer.events.tenants.TenantErased;
import be.foyer.platform.messaging.InboundEvents;

/**
 * Feeds {@link KnownTenants} from {@code foyer.tenants.v1}, and hands each erasure to the service's
 * {@link TenantErasure} beans after the tenant became unknown. It has a consumer group of its own, so that a listener
 * the service adds on the same topic receives every record too instead of sharing the partitions with this one.
 */
class KnownTenantsListener {

    private final InboundEvents inbound;
    private final KnownTenants knownTenants;
    private final List<TenantErasure> erasures;

    KnownTenantsListener(InboundEvents inbound, KnownTenants knownTenants, List<TenantErasure> erasures) {
        this.inbound = inbound;
        this.knownTenants = knownTenants;
        this.erasures = erasures;
    }

    @KafkaListener(id = "known-tenants", groupId = "${spring.application.name}.known-tenants", topics = Topics.TENANTS)
    void on(ConsumerRecord<String, String> record) {
        inbound.accept(record, event -> {
            knownTenants.apply(event);
            if (event.payload() instanceof TenantErased erased) {
                erasures.forEach(erasure -> erasure.forget(erased.tenantId()));
            }
        });
    }
}
