package be.foyer.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;

import com.mongodb.client.MongoDatabase;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;
import be.foyer.events.Topics;
import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TopicProbe;
import be.foyer.reporting.Events;
import be.foyer.reporting.Projected;
import be.foyer.reporting.projection.rebuild.Publisher;

/**
 * A store that fails for a while (as MongoDB unreachable does) under the batch listener: the batch is retried until
 * the store is back, nothing goes to the DLT, and every event of the batch is counted once.
 */
@FoyerServiceTest
@Import(ProjectionOutageTest.FlakyStore.class)
class ProjectionOutageTest {

    @Autowired
    MongoDatabase database;

    @Autowired
    FollowUpFacts followUps;

    @Autowired
    FlakyStore store;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void a_store_outage_is_waited_out_and_nothing_goes_to_the_dead_letter_topic() {
        String organisation = "outage-" + Events.newId();
        List<EventEnvelope<FollowUpRecorded>> events = List.of(
                Events.followUp(organisation, Events.newId(), LocalDate.of(2023, 3, 1)),
                Events.followUp(organisation, Events.newId(), LocalDate.of(2023, 3, 2)),
                Events.followUp(organisation, Events.newId(), LocalDate.of(2023, 3, 3)));
        store.failFor(organisation, 6);

        try (Publisher publisher = new Publisher(kafka, 20)) {
            publisher.sendAll(List.copyOf(events));
        }

        Projected.awaitProcessed(database, events.stream().map(event -> event.eventId().toString()).toList());
        assertThat(store.failures.get()).as("the outage was met").isGreaterThanOrEqualTo(6);
        for (EventEnvelope<FollowUpRecorded> event : events) {
            assertThat(followUps.exists(event.payload().followUpId())).isTrue();
            assertThat(store.applied.get(event.eventId().toString())).as("counted once").hasValue(1);
        }
        List<String> ids = events.stream().map(event -> event.eventId().toString()).toList();
        assertThat(new TopicProbe(kafka).readAll(Topics.deadLetterOf(Topics.TENANTS), record -> false,
                Duration.ofSeconds(3))).noneMatch(record -> ids.stream().anyMatch(record.value()::contains));
    }

    /** A projection whose store is unreachable for the first tries of an organisation's events. */
    static class FlakyStore implements EventProjection {

        final AtomicInteger failures = new AtomicInteger();
        final Map<String, AtomicInteger> applied = new ConcurrentHashMap<>();
        private volatile String organisation;
        private final AtomicInteger failuresLeft = new AtomicInteger();

        void failFor(String organisation, int times) {
            this.organisation = organisation;
            failuresLeft.set(times);
        }

        @Override
        public void apply(EventEnvelope<DomainEvent> event, FactBatch batch) {
            if (!event.organisation().equals(organisation)) {
                return;
            }
            if (failuresLeft.getAndDecrement() > 0) {
                failures.incrementAndGet();
                throw new DataAccessResourceFailureException("store unreachable");
            }
            applied.computeIfAbsent(event.eventId().toString(), id -> new AtomicInteger()).incrementAndGet();
        }
    }
}
