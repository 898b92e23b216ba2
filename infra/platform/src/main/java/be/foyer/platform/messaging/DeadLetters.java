package be.foyer.platform.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd;
import org.springframework.kafka.support.KafkaUtils;

import be.foyer.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Where a record that can never be processed goes: {@code <topic>.DLT}, alone, with the failure's class in its
 * headers (never the failure's message or stack trace, which may quote the value), logged with its position and the
 * failure's class (never its value). An event refused as untrustworthy ({@link EventRefusedException}) is also
 * counted in {@value #REFUSED} and logged with its ids.
 */
class DeadLetters implements ConsumerRecordRecoverer {

    static final String REFUSED = "foyer.events.refused";
    static final String DEAD_LETTERED = "foyer.events.dead.lettered";

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final DeadLetterPublishingRecoverer publisher;
    private final MeterRegistry registry;

    DeadLetters(KafkaOperations<?, ?> kafka, MeterRegistry registry) {
        // partition -1: Kafka picks it, so a DLT need not have as many partitions as its topic
        this.publisher = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        // the failure's classes travel with the record; its message and stack trace may quote the record's values
        this.publisher.excludeHeader(HeadersToAdd.EX_MSG, HeadersToAdd.EX_STACKTRACE);
        this.registry = registry;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception failure) {
        String group = KafkaUtils.getConsumerGroupId();
        EventRefusedException refused = refusal(failure);
        if (refused != null) {
            log.warn("Event refused by consumer group {} at {}-{}@{}: {}", group, record.topic(), record.partition(),
                    record.offset(), refused.getMessage());
            count(REFUSED, record.topic());
        } else {
            log.warn("Record {}-{}@{} cannot be processed by consumer group {} ({}): sent to {}", record.topic(),
                    record.partition(), record.offset(), group, ConsumerOutages.rootCause(failure),
                    Topics.deadLetterOf(record.topic()));
        }
        count(DEAD_LETTERED, record.topic());
        publisher.accept(record, failure);
    }

    private void count(String metric, String topic) {
        if (registry != null) {
            registry.counter(metric, "topic", topic).increment();
        }
    }

    private static EventRefusedException refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof EventRefusedException refused) {
                return refused;
            }
        }
        return null;
    }
}
