package be.foyer.platform.outbox;

import java.util.Map;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;

import com.mongodb.client.MongoDatabase;

import be.foyer.platform.mongo.FoyerMongoAutoConfiguration;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Starts the relay over the collections that stores declare with {@link OutboxCollection}; with none it idles. The MongoDB
 * client reports the writes to those collections to the relay ({@link OutboxWrites}), which publishes at once.
 */
@AutoConfiguration(after = {FoyerMongoAutoConfiguration.class, KafkaAutoConfiguration.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class FoyerOutboxAutoConfiguration {

    @Bean
    public OutboxCollections outboxCollections(ListableBeanFactory beans) {
        return OutboxCollections.declaredIn(beans);
    }

    @Bean
    public OutboxWrites outboxWrites(OutboxCollections collections) {
        return new OutboxWrites(collections);
    }

    @Bean
    public MongoClientSettingsBuilderCustomizer outboxWritesListener(OutboxWrites writes) {
        return settings -> settings.addCommandListener(writes);
    }

    @Bean
    public OutboxRelay outboxRelay(MongoDatabase database, KafkaTemplate<String, String> kafka,
            OutboxProperties properties, OutboxCollections collections, OutboxWrites writes) {
        OutboxRelay relay = new OutboxRelay(database, kafka, properties, collections);
        writes.onWrite(relay::publishSoon);
        return relay;
    }

    /** Health component {@code outbox}: status {@code PARKED} with the count per collection when an entry is parked. */
    @Bean
    public HealthIndicator outboxHealthIndicator(OutboxRelay relay) {
        return () -> {
            Map<String, Long> parked = relay.parked();
            boolean any = parked.values().stream().anyMatch(count -> count > 0);
            return (any ? Health.status(new Status("PARKED", "events Kafka refused for good wait in outboxParked"))
                    : Health.up()).withDetail("parked", parked).build();
        };
    }

    /** {@code foyer.outbox.parked}: entries Kafka refused for good, per collection (0 is the norm). */
    @Bean
    public MeterBinder outboxParkedMetric(OutboxRelay relay, OutboxCollections collections) {
        return registry -> collections.names().forEach(collection -> Gauge.builder("foyer.outbox.parked",
                relay, outbox -> outbox.parked().getOrDefault(collection, 0L))
                .description("Outbox entries Kafka refused for good, kept in outboxParked")
                .tag("collection", collection).register(registry));
    }
}
