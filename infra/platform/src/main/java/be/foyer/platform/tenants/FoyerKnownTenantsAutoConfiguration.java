package be.foyer.platform.tenants;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

import com.mongodb.client.MongoDatabase;

import be.foyer.platform.messaging.FoyerKafkaAutoConfiguration;
import be.foyer.platform.messaging.InboundEvents;

/**
 * For services that set {@code foyer.known-tenants.enabled=true}: the {@link KnownTenants} read model, which also
 * calls the service's {@link TenantErasure} beans.
 */
@AutoConfiguration(after = FoyerKafkaAutoConfiguration.class)
@ConditionalOnProperty(name = "foyer.known-tenants.enabled", havingValue = "true")
public class FoyerKnownTenantsAutoConfiguration {

    @Bean
    public KnownTenants knownTenants(MongoDatabase database) {
        return new KnownTenants(database);
    }

    @Bean
    KnownTenantsListener knownTenantsListener(InboundEvents inbound, KnownTenants knownTenants,
            ObjectProvider<TenantErasure> erasures) {
        return new KnownTenantsListener(inbound, knownTenants, erasures.orderedStream().toList());
    }
}
