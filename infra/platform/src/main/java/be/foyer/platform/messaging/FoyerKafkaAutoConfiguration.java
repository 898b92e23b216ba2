package be.foyer.platform.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.util.backoff.FixedBackOff;

import com.mongodb.client.MongoDatabase;

import be.foyer.events.MalformedEventException;
import be.foyer.events.Topics;
import be.foyer.platform.mongo.FoyerMongoAutoConfiguration;

/**
 * Kafka as every service uses it: the contract's topics and their DLTs exist, a record that keeps failing goes to
 * {@code <topic>.DLT} after bounded retries (an unreadable one at once) and the partition moves on.
 * Group id, acks and producer idempotence are defaults in {@code foyer-defaults.properties}.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class, after = FoyerMongoAutoConfiguration.class)
@EnableConfigurationProperties(FoyerKafkaProperties.class)
public class FoyerKafkaAutoConfiguration {

    @Bean
    public KafkaAdmin.NewTopics foyerTopics(FoyerKafkaProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            topics.add(TopicBuilder.name(topic).partitions(properties.partitions()).replicas(properties.replicas()).build());
            topics.add(TopicBuilder.name(Topics.deadLetterOf(topic)).partitions(properties.partitions())
                    .replicas(properties.replicas()).build());
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    public DefaultErrorHandler foyerKafkaErrorHandler(KafkaOperations<?, ?> kafka, FoyerKafkaProperties properties) {
        DeadLetterPublishingRecoverer toDeadLetters = new DeadLetterPublishingRecoverer(kafka,
                // partition -1: Kafka picks it, so a DLT need not have as many partitions as its topic
                (record, failure) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        DefaultErrorHandler handler = new DefaultErrorHandler(toDeadLetters,
                new FixedBackOff(properties.retryInterval().toMillis(), properties.retries()));
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }

    @Bean
    @ConditionalOnMissingBean(ProducerListener.class)
    public ProducerListener<Object, Object> kafkaProducerListener() {
        return new QuietProducerListener();
    }

    @Bean
    @ConditionalOnMissingBean
    public InboundEvents inboundEvents(ProcessedEvents processed) {
        return new InboundEvents(processed);
    }

    @Bean
    @ConditionalOnMissingBean
    public ProcessedEvents processedEvents(MongoDatabase database, Clock clock) {
        return new ProcessedEvents(database, clock);
    }
}
