package be.foyer.platform.outbox;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;

import com.mongodb.client.MongoDatabase;

import be.foyer.platform.mongo.FoyerMongoAutoConfiguration;

/**
 * Starts the relay over the collections named in {@code foyer.outbox.collections}; with none it idles. The MongoDB
 * client reports the writes to those collections to the relay ({@link OutboxWrites}), which publishes at once.
 */
@AutoConfiguration(after = {FoyerMongoAutoConfiguration.class, KafkaAutoConfiguration.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class FoyerOutboxAutoConfiguration {

    @Bean
    public OutboxWrites outboxWrites(OutboxProperties properties) {
        return new OutboxWrites(properties);
    }

    @Bean
    public MongoClientSettingsBuilderCustomizer outboxWritesListener(OutboxWrites writes) {
        return settings -> settings.addCommandListener(writes);
    }

    @Bean
    public OutboxRelay outboxRelay(MongoDatabase database, KafkaTemplate<String, String> kafka,
            OutboxProperties properties, OutboxWrites writes) {
        OutboxRelay relay = new OutboxRelay(database, kafka, properties);
        writes.onWrite(relay::publishSoon);
        return relay;
    }
}
