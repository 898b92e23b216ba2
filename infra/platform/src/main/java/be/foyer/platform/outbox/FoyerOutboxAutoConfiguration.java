package be.foyer.platform.outbox;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;

import com.mongodb.client.MongoDatabase;

import be.foyer.platform.mongo.FoyerMongoAutoConfiguration;

/** Starts the relay over the collections named in {@code foyer.outbox.collections}; with none it idles. */
@AutoConfiguration(after = {FoyerMongoAutoConfiguration.class, KafkaAutoConfiguration.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class FoyerOutboxAutoConfiguration {

    @Bean
    public OutboxRelay outboxRelay(MongoDatabase database, KafkaTemplate<String, String> kafka,
            OutboxProperties properties) {
        return new OutboxRelay(database, kafka, properties);
    }
}
