package be.foyer.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import com.mongodb.client.MongoDatabase;

import be.foyer.events.EventEnvelope;
import be.foyer.events.Topics;
import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TopicProbe;
import be.foyer.reporting.Events;
import be.foyer.reporting.Projected;
import be.foyer.reporting.projection.rebuild.Publisher;

/** A readable event that cannot be counted (no date) goes to the DLT; the events around it in its batch count. */
@FoyerServiceTest
class UncountableEventTest {

    @Autowired
    MongoDatabase database;

    @Autowired
    FollowUpFacts followUps;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void an_event_without_its_date_goes_to_the_dead_letter_topic_and_its_neighbours_are_projected() {
        String organisation = "org-" + Events.newId();
        EventEnvelope<FollowUpRecorded> before = Events.followUp(organisation, Events.newId(), LocalDate.of(2023, 2, 1));
        EventEnvelope<FollowUpRecorded> undated = EventEnvelope.of(organisation,
                new FollowUpRecorded(Events.newId(), Events.newId(), null, "PHONE", 10, List.of(), null, null),
                Instant.now());
        EventEnvelope<FollowUpRecorded> after = Events.followUp(organisation, Events.newId(), LocalDate.of(2023, 2, 2));

        try (Publisher publisher = new Publisher(kafka, 20)) {
            publisher.sendAll(List.of(before, undated, after));
        }

        Projected.awaitProcessed(database, List.of(before.eventId().toString(), after.eventId().toString()));
        String undatedId = undated.eventId().toString();
        assertThat(new TopicProbe(kafka).await(Topics.deadLetterOf(Topics.TENANTS),
                record -> record.value().contains(undatedId), Duration.ofSeconds(30))).isNotNull();
        assertThat(followUps.exists(undated.payload().followUpId())).isFalse();
        assertThat(followUps.exists(before.payload().followUpId())).isTrue();
    }
}
