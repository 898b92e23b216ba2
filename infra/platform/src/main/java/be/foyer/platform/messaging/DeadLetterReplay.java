package be.foyer.platform.messaging;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import be.foyer.events.Topics;

/**
 * Puts a DLT's records back on their topic after the fix that lets them be processed:
 * {@code POST /actuator/deadletters} with {@code {"topic":"foyer.tenants.v1"}} re-publishes every record of
 * {@code foyer.tenants.v1.DLT} not replayed yet (key and value as they were) and then commits the replay's own
 * position ({@value #GROUP}), so a second call replays only what arrived since. Safe to repeat: consumers process
 * each eventId once per group. {@code GET /actuator/deadletters} tells how many records wait in each DLT.
 */
@Endpoint(id = "deadletters")
public class DeadLetterReplay {

    static final String GROUP = "foyer.deadletter-replay";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);

    private final ConsumerFactory<String, String> consumers;
    private final KafkaTemplate<String, String> kafka;

    public DeadLetterReplay(ConsumerFactory<String, String> consumers, KafkaTemplate<String, String> kafka) {
        this.consumers = consumers;
        this.kafka = kafka;
    }

    /** Records waiting to be replayed, per DLT. */
    @ReadOperation
    public Map<String, Long> waiting() {
        Map<String, Long> waiting = new LinkedHashMap<>();
        try (Consumer<String, String> consumer = consumer()) {
            for (String topic : Topics.ALL) {
                List<TopicPartition> partitions = partitions(consumer, Topics.deadLetterOf(topic));
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
                Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
                waiting.put(Topics.deadLetterOf(topic), partitions.stream().mapToLong(partition -> ends.get(partition)
                        - position(committed.get(partition), consumer, partition)).sum());
            }
        }
        return waiting;
    }

    /** Replays {@code topic}'s DLT onto {@code topic}; answers how many records were put back. */
    @WriteOperation
    public synchronized Map<String, Object> replay(String topic) {
        if (!Topics.ALL.contains(topic)) {
            throw new InvalidEndpointRequestException("Not a Foyer topic: " + topic, "topic must be one of " + Topics.ALL);
        }
        String deadLetters = Topics.deadLetterOf(topic);
        int replayed = 0;
        try (Consumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, deadLetters);
            consumer.assign(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
            for (TopicPartition partition : partitions) {
                consumer.seek(partition, position(committed.get(partition), consumer, partition));
            }
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Replay of " + deadLetters + " did not finish in " + PATIENCE);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        kafka.send(topic, record.key(), record.value()).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                        replayed++;
                    }
                }
            }
            Map<TopicPartition, OffsetAndMetadata> done = new LinkedHashMap<>();
            ends.forEach((partition, end) -> done.put(partition, new OffsetAndMetadata(end)));
            consumer.commitSync(done);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Replay interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Replay of " + deadLetters + " stopped: " + e.getClass().getSimpleName(), e);
        }
        log.info("Replayed {} records of {} onto {}", replayed, deadLetters, topic);
        return Map.of("topic", topic, "replayed", replayed);
    }

    private Consumer<String, String> consumer() {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return consumers.createConsumer(GROUP, null, null, overrides);
    }

    private static List<TopicPartition> partitions(Consumer<String, String> consumer, String topic) {
        return consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private static long position(OffsetAndMetadata committed, Consumer<String, String> consumer,
            TopicPartition partition) {
        return committed != null ? committed.offset()
                : consumer.beginningOffsets(List.of(partition)).get(partition);
    }
}
