package be.foyer.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventCodec;
import be.foyer.events.EventEnvelope;
import be.foyer.events.Topics;
import be.foyer.platform.outbox.Outbox;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TestTokens;
import be.foyer.platform.test.TopicProbe;

/**
 * With the relay's poll an hour apart, what tenant-service writes still reaches Kafka: each write wakes the relay
 * (issue 12). The file's events keep their order and each is published once.
 */
@FoyerServiceTest
@TestPropertySource(properties = "foyer.outbox.poll-interval=1h")
class OutboxPublishesAtOnceTest {

    @Autowired
    MockMvc http;

    @Autowired
    MongoDatabase database;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void every_write_is_published_without_waiting_for_the_poll_once_and_in_order() throws Exception {
        TenantHttp api = new TenantHttp(http);
        String id = api.register(TestTokens.alice(), "Prompt", "Publish");
        api.patch("/api/tenants/" + id, TestTokens.alice(), "{\"status\":\"SEARCHING\"}").andExpect(status().isOk());
        List<String> followUps = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            followUps.add(api.followUp(TestTokens.alice(), id,
                    "{\"date\":\"2026-01-0" + (i + 5) + "\",\"mode\":\"PHONE\",\"durationMinutes\":10}"));
        }
        String last = followUps.get(followUps.size() - 1);

        List<ConsumerRecord<String, String>> records = new TopicProbe(kafka).readAll(Topics.TENANTS,
                record -> record.value().contains(last), Duration.ofSeconds(30));

        List<EventEnvelope<DomainEvent>> ofThisFile = records.stream().filter(record -> id.equals(record.key()))
                .map(record -> EventCodec.decode(record.value()).orElseThrow()).toList();
        assertThat(ofThisFile).as("published long before the next poll, each once")
                .extracting(EventEnvelope::eventId).doesNotHaveDuplicates();
        assertThat(ofThisFile).as("in the order written").extracting(EventEnvelope::type)
                .startsWith("TenantRegistered").contains("TenantStatusChanged");
        for (String followUp : followUps) {
            assertThat(records).filteredOn(record -> record.value().contains(followUp)).hasSize(1);
        }
        // removed from the outbox right after Kafka's acknowledgement, not at the next poll
        await().atMost(Duration.ofSeconds(10)).until(() -> Stream.of("tenants", "follow_ups").allMatch(collection ->
                database.getCollection(collection).countDocuments(Filters.exists(Outbox.FIELD + ".eventId")) == 0));
    }
}
