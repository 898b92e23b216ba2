package be.foyer.platform.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.BatchInterceptor;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import com.mongodb.client.MongoDatabase;

import be.foyer.events.MalformedEventException;
import be.foyer.events.Topics;
import be.foyer.platform.mongo.FoyerMongoAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Kafka as every service uses it: the contract's topics and their DLTs exist and keep their records for good, an
 * outage is waited out and only a record that can never be processed goes to {@code <topic>.DLT}
 * ({@link #foyerKafkaErrorHandler}), which {@link DeadLetterReplay} puts back after a fix.
 * Group id, acks and producer idempotence are defaults in {@code foyer-defaults.properties}.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class, after = FoyerMongoAutoConfiguration.class)
@EnableConfigurationProperties(FoyerKafkaProperties.class)
public class FoyerKafkaAutoConfiguration {

    /** Kept for good ({@code retention.ms=-1}): a rebuild reads the topics from their beginning. */
    @Bean
    public KafkaAdmin.NewTopics foyerTopics(FoyerKafkaProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            topics.add(keptForGood(topic, properties));
            topics.add(keptForGood(Topics.deadLetterOf(topic), properties));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    private static NewTopic keptForGood(String topic, FoyerKafkaProperties properties) {
        return TopicBuilder.name(topic).partitions(properties.partitions()).replicas(properties.replicas())
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1").build();
    }

    /**
     * The one rule of every listener, record or batch: a transient failure ({@link TransientFailures}) is retried
     * with a back-off growing to {@code foyer.kafka.max-retry-interval}, until it passes (the partition waits, see
     * {@link ConsumerOutages}); a record that can never be processed (unreadable, invalid, refused) goes to
     * {@code <topic>.DLT} at once, alone; any other failure is tried {@code foyer.kafka.retries} more times, then
     * dead-lettered. A batch listener names the failing record ({@code BatchListenerFailedException}) so that the
     * records before it are kept; a batch failing without one is retried whole, until it passes.
     */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    public DefaultErrorHandler foyerKafkaErrorHandler(KafkaOperations<?, ?> kafka, FoyerKafkaProperties properties,
            ConsumerOutages outages, ObjectProvider<MeterRegistry> registry) {
        DefaultErrorHandler handler = new DefaultErrorHandler(new DeadLetters(kafka, registry.getIfAvailable()),
                untilItPasses(properties));
        handler.setBackOffFunction((record, failure) -> TransientFailures.isTransient(failure)
                ? untilItPasses(properties)
                : new FixedBackOff(properties.retryInterval().toMillis(), properties.retries()));
        handler.addNotRetryableExceptions(MalformedEventException.class, EventRefusedException.class);
        handler.setRetryListeners(outages);
        return handler;
    }

    private static BackOff untilItPasses(FoyerKafkaProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.retryInterval().toMillis(), 2.0);
        backOff.setMaxInterval(properties.maxRetryInterval().toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        return backOff;
    }

    /** Health component {@code kafkaConsumers} and gauge {@value ConsumerOutages#METRIC}. */
    @Bean
    @ConditionalOnMissingBean
    public ConsumerOutages kafkaConsumersHealthIndicator(Clock clock, ObjectProvider<MeterRegistry> registry) {
        return new ConsumerOutages(clock, registry.getIfAvailable());
    }

    /** Tells {@link ConsumerOutages} that a record listener's group moves again. */
    @Bean
    @ConditionalOnMissingBean
    public RecordInterceptor<Object, Object> foyerRecordInterceptor(ConsumerOutages outages) {
        return new RecordInterceptor<>() {
            @Override
            public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
                    Consumer<Object, Object> consumer) {
                return record;
            }

            @Override
            public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
                outages.passed();
            }
        };
    }

    /** Tells {@link ConsumerOutages} that a batch listener's group moves again. */
    @Bean
    @ConditionalOnMissingBean
    public BatchInterceptor<Object, Object> foyerBatchInterceptor(ConsumerOutages outages) {
        return new BatchInterceptor<>() {
            @Override
            public ConsumerRecords<Object, Object> intercept(ConsumerRecords<Object, Object> records,
                    Consumer<Object, Object> consumer) {
                return records;
            }

            @Override
            public void success(ConsumerRecords<Object, Object> records, Consumer<Object, Object> consumer) {
                outages.passed();
            }
        };
    }

    /** {@code /actuator/deadletters}: how many records wait in each DLT, and their replay after a fix. */
    @Bean
    @ConditionalOnMissingBean
    public DeadLetterReplay deadLetterReplay(ConsumerFactory<String, String> consumers,
            KafkaTemplate<String, String> kafka) {
        return new DeadLetterReplay(consumers, kafka);
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
