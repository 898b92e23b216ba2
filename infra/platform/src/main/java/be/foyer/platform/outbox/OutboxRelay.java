package be.foyer.platform.outbox;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Updates;

/**
 * Publishes outbox entries in the order they were written and removes each one only after Kafka acknowledged it
 * (idempotent producer, acks=all). Kafka down, or the process killed between the write and the publish: the entry
 * stays and is sent on a later round. A crash between the acknowledgement and the removal sends it again, which
 * consumers absorb by eventId.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoDatabase database;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private ScheduledExecutorService scheduler;
    private volatile boolean kafkaWasDown;

    public OutboxRelay(MongoDatabase database, KafkaTemplate<String, String> kafka, OutboxProperties properties) {
        this.database = database;
        this.kafka = kafka;
        this.properties = properties;
    }

    /** Publishes every pending entry; returns how many were published. */
    public int publishPending() {
        int published = 0;
        for (String name : properties.collections()) {
            published += publishPending(database.getCollection(name));
        }
        return published;
    }

    private int publishPending(MongoCollection<Document> collection) {
        int published = 0;
        for (Document aggregate : collection.find(Filters.exists(Outbox.FIELD + ".eventId"))
                .projection(new Document(Outbox.FIELD, 1)).limit(properties.batchSize())) {
            for (Document entry : aggregate.getList(Outbox.FIELD, Document.class, List.of())) {
                if (!send(entry)) {
                    return published; // keep the order: nothing after a failed entry goes first
                }
                collection.updateOne(Filters.eq("_id", aggregate.get("_id")),
                        Updates.pull(Outbox.FIELD, new Document("eventId", entry.getString("eventId"))));
                published++;
            }
        }
        return published;
    }

    private boolean send(Document entry) {
        try {
            kafka.send(entry.getString("topic"), entry.getString("key"), entry.getString("value"))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (kafkaWasDown) {
                kafkaWasDown = false;
                log.info("Kafka reachable again; publishing pending events");
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            if (!kafkaWasDown) {
                kafkaWasDown = true;
                log.warn("Event {} ({}) not published yet, kept in the outbox: {}", entry.getString("eventId"),
                        entry.getString("type"), e.getClass().getSimpleName());
            }
            return false;
        }
    }

    @Override
    public synchronized void start() {
        for (String name : properties.collections()) {
            database.getCollection(name).createIndex(Indexes.ascending(Outbox.FIELD + ".eventId"),
                    new IndexOptions().sparse(true).name("outbox_pending"));
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::publishQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void publishQuietly() {
        try {
            publishPending();
        } catch (RuntimeException e) {
            log.warn("Outbox relay round failed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
