package be.foyer.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import be.foyer.events.EventEnvelope;
import be.foyer.events.Topics;

/**
 * What every consumer of Foyer events must show, on whatever Kafka and MongoDB the subclass's annotation gives
 * ({@link FoyerServiceTest} or {@link FoyerContainersTest}): a redelivered event changes the projection once, and
 * an unreadable record goes to the DLT without stopping the records behind it. Topics have one partition in tests,
 * so records are handled in the order sent.
 */
public abstract class ProjectionScenarios {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    /** A new event the projection takes in, for a new aggregate of {@code organisation}. */
    protected abstract EventEnvelope<?> newEvent(String organisation);

    /** Whether the projection shows {@code event}'s effect. */
    protected abstract boolean isProjected(EventEnvelope<?> event);

    /** How many of the events of {@code organisation} the projection counts. */
    protected abstract long projectedCount(String organisation);

    /** Publishes {@code event} on its topic, as the producing service would. */
    protected void deliver(EventEnvelope<?> event) {
        new TopicProbe(bootstrapServers).send(event);
    }

    @Test
    void an_event_delivered_twice_changes_the_projection_once() {
        String organisation = "org-" + UUID.randomUUID();
        EventEnvelope<?> first = newEvent(organisation);
        EventEnvelope<?> second = newEvent(organisation);
        TopicProbe probe = new TopicProbe(bootstrapServers);

        probe.send(first);
        probe.send(first);
        probe.send(second);

        await().atMost(PATIENCE).until(() -> isProjected(second));
        assertThat(isProjected(first)).isTrue();
        assertThat(projectedCount(organisation)).isEqualTo(2);
    }

    @Test
    void an_unreadable_record_goes_to_the_dead_letter_topic_and_the_next_one_is_processed() {
        String organisation = "org-" + UUID.randomUUID();
        EventEnvelope<?> next = newEvent(organisation);
        String topic = next.topic();
        String garbage = "{not an envelope " + UUID.randomUUID();
        TopicProbe probe = new TopicProbe(bootstrapServers);

        probe.send(topic, next.aggregateId(), garbage);
        probe.send(next);

        await().atMost(PATIENCE).until(() -> isProjected(next));
        assertThat(probe.await(Topics.deadLetterOf(topic), record -> garbage.equals(record.value()), PATIENCE))
                .isNotNull();
        assertThat(projectedCount(organisation)).isEqualTo(1);
    }
}
