package be.foyer.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;
import org.springframework.kafka.support.SendResult;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import be.foyer.events.EventEnvelope;
import be.foyer.events.tenants.TenantRegistered;
import be.foyer.platform.mongo.FoyerMongoAutoConfiguration;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The relay as a service gets it from the auto-configuration, over the MongoDB stand-in and a mock Kafka producer,
 * with a poll interval of an hour: anything published within the test was published because of the write itself.
 */
class OutboxRelayTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static MongoServer mongo;

    private final MockProducer<String, String> producer = new MockProducer<>(true, null, new StringSerializer(),
            new StringSerializer()) {
        @Override
        public void close(Duration timeout) {
            // KafkaTemplate closes what the mock factory hands it after each send; keep one history
        }
    };
    private final FlakyKafka kafka = new FlakyKafka(producer);

    @BeforeAll
    static void startMongo() {
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
    }

    @AfterAll
    static void stopMongo() {
        mongo.shutdownNow();
    }

    private ApplicationContextRunner service() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class,
                        FoyerMongoAutoConfiguration.class, FoyerOutboxAutoConfiguration.class))
                .withBean(ThingStore.class)
                .withBean(KafkaTemplate.class, () -> kafka)
                .withPropertyValues("spring.mongodb.uri=mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort(),
                        "spring.mongodb.database=outbox-" + UUID.randomUUID(),
                        "foyer.outbox.poll-interval=1h");
    }

    @Test
    void a_write_is_published_at_once_without_waiting_for_the_poll() {
        service().run(context -> {
            MongoCollection<Document> things = context.getBean(MongoDatabase.class).getCollection("things");
            EventEnvelope<TenantRegistered> registered = event("a");

            things.insertOne(new Document("_id", "a").append(Outbox.FIELD, Outbox.entries(registered)));

            await().atMost(PATIENCE).until(() -> producer.history().size() == 1);
            await().atMost(PATIENCE).until(() -> pending(things) == 0);
            assertThat(producer.history().get(0).key()).isEqualTo("a");
            assertThat(producer.history().get(0).value()).contains(registered.eventId().toString());
        });
    }

    @Test
    void entries_of_one_aggregate_leave_once_each_in_the_order_they_were_written() {
        service().run(context -> {
            MongoCollection<Document> things = context.getBean(MongoDatabase.class).getCollection("things");
            List<EventEnvelope<TenantRegistered>> written = List.of(event("a"), event("a"), event("a"), event("a"),
                    event("a"), event("a"), event("a"), event("a"));

            things.insertOne(new Document("_id", "a").append(Outbox.FIELD, Outbox.entries(written.get(0))));
            things.insertOne(new Document("_id", "b").append(Outbox.FIELD, Outbox.entries(event("b"))));
            for (EventEnvelope<TenantRegistered> next : written.subList(1, written.size())) {
                // each update both wakes the relay and races its removals of earlier entries
                things.updateOne(Filters.eq("_id", "a"), Updates.combine(Outbox.append(next),
                        Updates.inc("changes", 1)));
            }

            await().atMost(PATIENCE).until(() -> pending(things) == 0);
            List<String> publishedForA = producer.history().stream().filter(record -> "a".equals(record.key()))
                    .map(ProducerRecord::value).toList();
            assertThat(publishedForA).hasSize(written.size());
            for (int i = 0; i < written.size(); i++) {
                assertThat(publishedForA.get(i)).contains(written.get(i).eventId().toString());
            }
            assertThat(producer.history()).filteredOn(record -> "b".equals(record.key())).hasSize(1);
        });
    }

    @Test
    void an_entry_kafka_refused_stays_in_the_outbox_and_leaves_once_on_a_later_write() {
        service().run(context -> {
            MongoCollection<Document> things = context.getBean(MongoDatabase.class).getCollection("things");
            EventEnvelope<TenantRegistered> first = event("a");
            EventEnvelope<TenantRegistered> second = event("b");
            kafka.down = true;

            things.insertOne(new Document("_id", "a").append(Outbox.FIELD, Outbox.entries(first)));
            await().atMost(PATIENCE).until(() -> kafka.refused.get() > 0);
            assertThat(pending(things)).as("kept until Kafka acknowledges it").isEqualTo(1);
            assertThat(producer.history()).isEmpty();

            kafka.down = false;
            things.insertOne(new Document("_id", "b").append(Outbox.FIELD, Outbox.entries(second)));

            await().atMost(PATIENCE).until(() -> pending(things) == 0);
            assertThat(producer.history()).extracting(ProducerRecord::key).containsExactlyInAnyOrder("a", "b");
        });
    }

    @Test
    void the_relays_own_removals_do_not_wake_it_again() {
        service().run(context -> {
            MongoCollection<Document> things = context.getBean(MongoDatabase.class).getCollection("things");
            OutboxRelay relay = context.getBean(OutboxRelay.class);
            AtomicInteger wakeUps = new AtomicInteger();
            context.getBean(OutboxWrites.class).onWrite(() -> {
                wakeUps.incrementAndGet();
                relay.publishSoon();
            });

            things.insertOne(new Document("_id", "a").append(Outbox.FIELD, Outbox.entries(event("a"))));
            await().atMost(PATIENCE).until(() -> pending(things) == 0);

            // the removal's own command completes just after the count reads 0: watch a while
            await().during(Duration.ofMillis(300)).atMost(PATIENCE).until(() -> wakeUps.get() == 1);
            assertThat(producer.history()).hasSize(1);
        });
    }

    private static long pending(MongoCollection<Document> things) {
        return things.countDocuments(Filters.exists(Outbox.FIELD + ".eventId"));
    }

    private static EventEnvelope<TenantRegistered> event(String aggregateId) {
        return EventEnvelope.of("smes", new TenantRegistered(aggregateId, LocalDate.now(), null), Instant.now());
    }

    /** Kafka that refuses every record while {@link #down}, counting the refusals. */
    static final class FlakyKafka extends KafkaTemplate<String, String> {

        volatile boolean down;
        final AtomicInteger refused = new AtomicInteger();

        FlakyKafka(MockProducer<String, String> producer) {
            super(new MockProducerFactory<>(() -> producer));
        }

        @Override
        public CompletableFuture<SendResult<String, String>> send(String topic, String key, String data) {
            if (down) {
                refused.incrementAndGet();
                return CompletableFuture.failedFuture(new IllegalStateException("Kafka down"));
            }
            return super.send(topic, key, data);
        }
    }
}
