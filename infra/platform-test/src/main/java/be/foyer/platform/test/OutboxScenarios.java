package be.foyer.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.events.EventCodec;
import be.foyer.platform.outbox.Outbox;

/**
 * For a {@link FoyerKafkaOutageTest}: a write accepted while Kafka is down is published, once, when Kafka is back.
 */
public abstract class OutboxScenarios {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    private MongoDatabase database;

    /** Performs one write through the service's HTTP API, asserts it was accepted, returns the aggregate id. */
    protected abstract String write() throws Exception;

    /** The topic the write's event goes to. */
    protected abstract String topic();

    /** The type of the write's event, e.g. {@code TenantRegistered}. */
    protected abstract String eventType();

    /** The collection whose documents hold the write's outbox. */
    protected abstract String outboxCollection();

    @Test
    void a_write_made_while_kafka_is_down_is_published_once_kafka_is_back() throws Exception {
        LateKafka kafka = LateKafka.current();
        assertThat(kafka.isRunning()).as("this scenario needs Kafka down at first").isFalse();

        String aggregateId = write();
        assertThat(pendingEvents()).as("the event waits in the outbox").isPositive();

        kafka.start();

        await().atMost(PATIENCE).until(() -> pendingEvents() == 0);
        TopicProbe probe = new TopicProbe(kafka.bootstrapServers());
        List<ConsumerRecord<String, String>> records = probe.readAll(topic(),
                record -> false, Duration.ofSeconds(5));
        List<ConsumerRecord<String, String>> published = records.stream()
                .filter(record -> aggregateId.equals(record.key()))
                .filter(record -> EventCodec.decode(record.value())
                        .map(event -> event.type().equals(eventType())).orElse(false))
                .toList();
        assertThat(published).hasSize(1);
    }

    private long pendingEvents() {
        return database.getCollection(outboxCollection())
                .countDocuments(Filters.exists(Outbox.FIELD + ".eventId"));
    }

}
