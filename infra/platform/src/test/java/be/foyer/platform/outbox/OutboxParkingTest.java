package be.foyer.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.events.EventEnvelope;
import be.foyer.events.Topics;
import be.foyer.events.tenants.TenantRegistered;
import be.foyer.platform.messaging.TestBroker;
import be.foyer.platform.mongo.FoyerMongoAutoConfiguration;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * An outbox entry the broker refuses for good (larger than the producer's {@code max.request.size}, set low here) is
 * parked with its error, shows in health, and the entries written after it are published.
 */
class OutboxParkingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static MongoServer mongo;

    @BeforeAll
    static void startMongo() {
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
    }

    @AfterAll
    static void stopMongo() {
        mongo.shutdownNow();
    }

    @Test
    void an_entry_too_large_to_publish_is_parked_and_the_later_entries_are_published() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class,
                        FoyerMongoAutoConfiguration.class, KafkaAutoConfiguration.class,
                        FoyerOutboxAutoConfiguration.class))
                .withBean(ThingStore.class)
                .withPropertyValues("spring.mongodb.uri=mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort(),
                        "spring.mongodb.database=parking-" + UUID.randomUUID(),
                        "spring.kafka.bootstrap-servers=" + TestBroker.bootstrapServers(),
                        "spring.kafka.producer.properties.max.request.size=4096",
                        "foyer.outbox.poll-interval=200ms")
                .run(context -> {
                    MongoCollection<Document> things = context.getBean(MongoDatabase.class).getCollection("things");
                    EventEnvelope<TenantRegistered> later = event();
                    Document oversized = new Document(Outbox.entry(event())).append("value", "x".repeat(10_000));

                    things.insertOne(new Document("_id", "a").append(Outbox.FIELD, List.of(oversized)));
                    things.insertOne(new Document("_id", "b").append(Outbox.FIELD, Outbox.entries(later)));

                    await().atMost(PATIENCE).until(() -> things.countDocuments(
                            Filters.exists(Outbox.FIELD + ".eventId")) == 0);
                    Document parked = things.find(Filters.eq("_id", "a")).first().getList(Outbox.PARKED,
                            Document.class).get(0);
                    assertThat(parked.getString("eventId")).isEqualTo(oversized.getString("eventId"));
                    assertThat(parked.getString("error")).isEqualTo("RecordTooLargeException");
                    assertThat(context.getBean(OutboxRelay.class).parked()).containsEntry("things", 1L);
                    assertThat(context.getBean("outboxHealthIndicator", HealthIndicator.class).health().getStatus()
                            .getCode()).isEqualTo("PARKED");
                    List<ConsumerRecord<String, String>> published = TestBroker.readAll(Topics.TENANTS,
                            Duration.ofSeconds(3));
                    assertThat(published).extracting(ConsumerRecord::value)
                            .anyMatch(value -> value.contains(later.eventId().toString()))
                            .noneMatch(value -> value.contains(oversized.getString("eventId")));
                });
    }

    private static EventEnvelope<TenantRegistered> event() {
        return EventEnvelope.of("smes", new TenantRegistered(UUID.randomUUID().toString(), LocalDate.now(), null),
                Instant.now());
    }
}
