package be.foyer.reporting;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.events.EventEnvelope;
import be.foyer.platform.test.TopicProbe;

/** Publishes events as the producing services would and waits until the projection has taken every one in. */
public final class Projected {

    private Projected() {
    }

    public static void publishAndAwait(String kafka, MongoDatabase database, EventEnvelope<?>... events) {
        TopicProbe probe = new TopicProbe(kafka);
        for (EventEnvelope<?> event : events) {
            probe.send(event);
        }
        awaitProcessed(database, List.of(events).stream().map(event -> event.eventId().toString()).toList());
    }

    /** Waits until the platform remembers every eventId as processed, which it does after the projection ran. */
    public static void awaitProcessed(MongoDatabase database, Collection<String> eventIds) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> database
                .getCollection("processed_events").countDocuments(Filters.and(Filters.in("eventId", eventIds),
                        Filters.regex("_id", "^reporting-service/"))) == eventIds.size());
    }

    /** The live generation's collection of a projection (a rebuild switches to the next one). */
    public static com.mongodb.client.MongoCollection<org.bson.Document> live(MongoDatabase database, String collection) {
        return database.getCollection(be.foyer.reporting.projection.ProjectionGenerations.name(collection,
                be.foyer.reporting.projection.ProjectionGenerations.of(database).live()));
    }

    /** How many events are remembered as processed: a cheap count, not a scan. */
    public static long processedCount(MongoDatabase database) {
        return database.getCollection("processed_events").estimatedDocumentCount();
    }
}
