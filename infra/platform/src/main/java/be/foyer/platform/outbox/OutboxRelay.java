package be.foyer.platform.outbox;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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
 * <p>
 * A round runs right after each write to an outbox collection ({@link #publishSoon()}, called by
 * {@link OutboxWrites}), and every {@code foyer.outbox.poll-interval} as a safety net (a write made by another
 * process, Kafka back after an outage). All rounds run one after the other on the relay's single thread, so entries
 * of one aggregate still leave in the order they were written; wake-ups arriving during a round are folded into one
 * more round.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String THREAD_NAME = "outbox-relay";

    private final MongoDatabase database;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private volatile ScheduledExecutorService scheduler;
    private volatile boolean kafkaWasDown;
    private final AtomicBoolean roundQueued = new AtomicBoolean();

    public OutboxRelay(MongoDatabase database, KafkaTemplate<String, String> kafka, OutboxProperties properties) {
        this.database = database;
        this.kafka = kafka;
        this.properties = properties;
    }

    /** Asks for a round now, on the relay's thread; at most one such round waits at a time. */
    public void publishSoon() {
        ScheduledExecutorService running = scheduler;
        if (running == null || !roundQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            running.execute(() -> {
                roundQueued.set(false); // a write from now on asks for one more round
                publishQuietly();
            });
        } catch (RejectedExecutionException stopping) {
            roundQueued.set(false);
        }
    }

    /** Whether the calling thread is the relay's own (its removals from the outbox are not new writes). */
    static boolean isRelayThread() {
        return THREAD_NAME.equals(Thread.currentThread().getName());
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
            Thread thread = new Thread(runnable, THREAD_NAME);
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
