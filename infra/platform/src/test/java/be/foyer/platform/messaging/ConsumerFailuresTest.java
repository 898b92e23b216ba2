package be.foyer.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.annotation.KafkaListener;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import be.foyer.events.EventCodec;
import be.foyer.events.EventEnvelope;
import be.foyer.events.Topics;
import be.foyer.events.tenants.TenantRegistered;
import be.foyer.platform.mongo.FoyerMongoAutoConfiguration;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The platform's one error rule, with a record listener as services write them (through {@link InboundEvents}) over
 * the in-process broker and the MongoDB stand-in, reached through a relay that can be cut: an outage is waited out
 * (nothing dead-lettered, each event applied once), a poison record goes to the DLT alone, the DLT replays
 * idempotently, and the topics keep their records for good.
 */
class ConsumerFailuresTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static MongoServer mongo;
    private static MongoProxy proxy;
    private static MongoClient direct;

    private final String database = "consumers-" + UUID.randomUUID();
    private final String group = "failures-" + UUID.randomUUID();

    @BeforeAll
    static void start() throws Exception {
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        proxy = new MongoProxy(mongo.getLocalAddress().getPort());
        direct = MongoClients.create("mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort());
    }

    @AfterAll
    static void stop() throws Exception {
        direct.close();
        proxy.close();
        mongo.shutdownNow();
    }

    private ApplicationContextRunner service() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class,
                        FoyerMongoAutoConfiguration.class, KafkaAutoConfiguration.class,
                        FoyerKafkaAutoConfiguration.class))
                .withBean(CountingListener.class)
                .withPropertyValues(
                        "spring.mongodb.uri=mongodb://127.0.0.1:" + proxy.port()
                                + "/?serverSelectionTimeoutMS=500&connectTimeoutMS=500&socketTimeoutMS=1000",
                        "spring.mongodb.database=" + database,
                        "spring.kafka.bootstrap-servers=" + TestBroker.bootstrapServers(),
                        "spring.kafka.consumer.group-id=" + group,
                        "spring.kafka.consumer.auto-offset-reset=earliest",
                        "spring.kafka.consumer.enable-auto-commit=false",
                        "spring.kafka.admin.modify-topic-configs=true",
                        "foyer.kafka.partitions=1",
                        "foyer.kafka.retry-interval=100ms",
                        "foyer.kafka.max-retry-interval=400ms");
    }

    @Test
    void an_unreachable_store_is_waited_out_and_every_event_is_applied_once_with_nothing_dead_lettered() {
        service().run(context -> {
            ConsumerOutages outages = context.getBean(ConsumerOutages.class);
            List<EventEnvelope<TenantRegistered>> before = events(3);
            List<EventEnvelope<TenantRegistered>> during = events(3);
            before.forEach(ConsumerFailuresTest::send);
            await().atMost(PATIENCE).until(() -> applied(before) == 3);

            proxy.cut();
            try {
                during.forEach(ConsumerFailuresTest::send);
                await().atMost(PATIENCE).until(() -> outages.waiting(group));
                assertThat(outages.health().getStatus().getCode()).isEqualTo(ConsumerOutages.WAITING);
                Thread.sleep(3000); // many tries, each failing
                assertThat(outages.waiting(group)).as("still waiting, not given up").isTrue();
            } finally {
                proxy.restore();
            }

            await().atMost(PATIENCE).until(() -> applied(during) == 3);
            await().atMost(PATIENCE).until(() -> !outages.waiting(group));
            assertThat(outages.health().getStatus().getCode()).isEqualTo("UP");
            for (EventEnvelope<TenantRegistered> event : concat(before, during)) {
                assertThat(timesApplied(event)).as("applied once").isEqualTo(1);
            }
            assertThat(keys(TestBroker.readAll(Topics.deadLetterOf(Topics.TENANTS), Duration.ofSeconds(2))))
                    .doesNotContainAnyElementsOf(concat(before, during).stream().map(EventEnvelope::aggregateId)
                            .toList());
        });
    }

    @Test
    void a_poison_record_between_good_ones_goes_to_the_dead_letter_topic_alone() {
        service().run(context -> {
            EventEnvelope<TenantRegistered> first = events(1).get(0);
            EventEnvelope<TenantRegistered> last = events(1).get(0);
            String poison = "poison-" + UUID.randomUUID();

            send(first);
            TestBroker.send(Topics.TENANTS, poison, "{not json");
            send(last);

            await().atMost(PATIENCE).until(() -> applied(List.of(first, last)) == 2);
            List<ConsumerRecord<String, String>> dlt = TestBroker.readAll(Topics.deadLetterOf(Topics.TENANTS),
                    Duration.ofSeconds(3));
            assertThat(keys(dlt)).containsOnlyOnce(poison).doesNotContain(first.aggregateId(), last.aggregateId());
            ConsumerRecord<String, String> parked = dlt.stream().filter(record -> poison.equals(record.key()))
                    .findFirst().orElseThrow();
            // the failure's class, never its message or stack trace (they may quote the record's value)
            assertThat(parked.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_FQCN)).isNotNull();
            assertThat(parked.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isNull();
            assertThat(parked.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_STACKTRACE)).isNull();
        });
    }

    @Test
    void a_replayed_dead_letter_is_applied_once_even_when_replayed_twice() {
        service().run(context -> {
            DeadLetterReplay replay = context.getBean(DeadLetterReplay.class);
            EventEnvelope<TenantRegistered> lost = events(1).get(0);
            String deadLetters = Topics.deadLetterOf(Topics.TENANTS);

            TestBroker.send(deadLetters, lost.aggregateId(), EventCodec.encode(lost));
            assertThat(replay.waiting().get(deadLetters)).isPositive();
            assertThat((Integer) replay.replay(Topics.TENANTS).get("replayed")).isPositive();
            await().atMost(PATIENCE).until(() -> timesApplied(lost) == 1);

            TestBroker.send(deadLetters, lost.aggregateId(), EventCodec.encode(lost));
            replay.replay(Topics.TENANTS);
            replay.replay(Topics.TENANTS);

            await().during(Duration.ofSeconds(3)).atMost(PATIENCE).until(() -> timesApplied(lost) == 1);
        });
    }

    @Test
    void the_event_topics_and_their_dead_letter_topics_keep_their_records_for_good() throws Exception {
        service().run(context -> {
            try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TestBroker.bootstrapServers()))) {
                List<ConfigResource> topics = new ArrayList<>();
                for (String topic : Topics.ALL) {
                    topics.add(new ConfigResource(ConfigResource.Type.TOPIC, topic));
                    topics.add(new ConfigResource(ConfigResource.Type.TOPIC, Topics.deadLetterOf(topic)));
                }
                Map<ConfigResource, Config> configs = admin.describeConfigs(topics).all().get();
                for (ConfigResource topic : topics) {
                    ConfigEntry retention = configs.get(topic).get(TopicConfig.RETENTION_MS_CONFIG);
                    assertThat(retention.value()).as(topic.name()).isEqualTo("-1");
                    assertThat(retention.source()).as("set on the topic itself, not left to the broker")
                            .isEqualTo(ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
                }
            }
        });
    }

    private List<EventEnvelope<TenantRegistered>> events(int count) {
        List<EventEnvelope<TenantRegistered>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(EventEnvelope.of("smes", new TenantRegistered(UUID.randomUUID().toString(), LocalDate.now(),
                    null), Instant.now()));
        }
        return events;
    }

    private static void send(EventEnvelope<?> event) {
        TestBroker.send(event.topic(), event.aggregateId(), EventCodec.encode(event));
    }

    private long applied(List<EventEnvelope<TenantRegistered>> events) {
        return appliedEvents().countDocuments(Filters.in("_id",
                events.stream().map(event -> event.eventId().toString()).toList()));
    }

    private int timesApplied(EventEnvelope<?> event) {
        Document applied = appliedEvents().find(Filters.eq("_id", event.eventId().toString())).first();
        return applied == null ? 0 : applied.getInteger("times");
    }

    private MongoCollection<Document> appliedEvents() {
        return direct.getDatabase(database).getCollection(CountingListener.COLLECTION);
    }

    private static List<String> keys(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::key).toList();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** A consumer as services write them: each event through InboundEvents, counted in its own MongoDB. */
    static class CountingListener {

        static final String COLLECTION = "applied";

        private final InboundEvents inbound;
        private final MongoCollection<Document> applied;

        CountingListener(InboundEvents inbound, MongoDatabase database) {
            this.inbound = inbound;
            this.applied = database.getCollection(COLLECTION);
        }

        @KafkaListener(id = "counting", groupId = "${spring.kafka.consumer.group-id}", topics = Topics.TENANTS)
        void on(ConsumerRecord<String, String> record) {
            inbound.accept(record, event -> applied.updateOne(Filters.eq("_id", event.eventId().toString()),
                    Updates.inc("times", 1), new UpdateOptions().upsert(true)));
        }
    }
}
