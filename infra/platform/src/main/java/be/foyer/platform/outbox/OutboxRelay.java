package be.foyer.platform.outbox;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.bson.Document;
import org.bson.conversions.Bson;
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
 * <p>
 * An entry Kafka refuses for what it is (too large, an invalid topic, unserialisable) would block its collection for
 * good: it is moved to the aggregate's {@code outboxParked} array with the error's class and the time, and the later
 * entries go on. Parked entries show in health ({@code outbox}) and in the gauge {@code foyer.outbox.parked}.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String THREAD_NAME = "outbox-relay";

    private final MongoDatabase database;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final OutboxCollections collections;
    private volatile ScheduledExecutorService scheduler;
    private volatile boolean kafkaWasDown;
    private volatile String lastRefusal;
    private final AtomicBoolean roundQueued = new AtomicBoolean();

    public OutboxRelay(MongoDatabase database, KafkaTemplate<String, String> kafka, OutboxProperties properties,
            OutboxCollections collections) {
        this.database = database;
        this.kafka = kafka;
        this.properties = properties;
        this.collections = collections;
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
        for (String name : collections.names()) {
            published += publishPending(database.getCollection(name));
        }
        return published;
    }

    private int publishPending(MongoCollection<Document> collection) {
        int published = 0;
        for (Document aggregate : collection.find(Filters.exists(Outbox.FIELD + ".eventId"))
                .projection(new Document(Outbox.FIELD, 1)).limit(properties.batchSize())) {
            for (Document entry : aggregate.getList(Outbox.FIELD, Document.class, List.of())) {
                Sent sent = send(entry);
                if (sent == Sent.LATER) {
                    return published; // keep the order: nothing after a failed entry goes first
                }
                Bson removal = Updates.pull(Outbox.FIELD, new Document("eventId", entry.getString("eventId")));
                if (sent == Sent.NEVER) {
                    removal = Updates.combine(removal, Updates.push(Outbox.PARKED, new Document(entry)
                            .append("error", lastRefusal).append("parkedAt", new Date())));
                } else {
                    published++;
                }
                collection.updateOne(Filters.eq("_id", aggregate.get("_id")), removal);
            }
        }
        return published;
    }

    private Sent send(Document entry) {
        try {
            kafka.send(entry.getString("topic"), entry.getString("key"), entry.getString("value"))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (kafkaWasDown) {
                kafkaWasDown = false;
                log.info("Kafka reachable again; publishing pending events");
            }
            return Sent.DONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Sent.LATER;
        } catch (Exception e) {
            Throwable refusal = refusal(e);
            if (refusal != null) {
                lastRefusal = refusal.getClass().getSimpleName();
                log.error("Event {} ({}) can never be published ({}): parked in its aggregate's {}, later events go on",
                        entry.getString("eventId"), entry.getString("type"), lastRefusal, Outbox.PARKED);
                return Sent.NEVER;
            }
            if (!kafkaWasDown) {
                kafkaWasDown = true;
                log.warn("Event {} ({}) not published yet, kept in the outbox: {}", entry.getString("eventId"),
                        entry.getString("type"), e.getClass().getSimpleName());
            }
            return Sent.LATER;
        }
    }

    /** What Kafka will refuse however often it is asked: the entry itself is wrong, not the broker's state. */
    private static Throwable refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                    || cause instanceof InvalidTopicException || cause instanceof SerializationException
                    || cause instanceof InvalidRecordException) {
                return cause;
            }
        }
        return null;
    }

    /** How many entries are parked, per outbox collection. */
    public Map<String, Long> parked() {
        Map<String, Long> parked = new LinkedHashMap<>();
        for (String name : collections.names()) {
            long count = 0;
            for (Document aggregate : database.getCollection(name).find(Filters.exists(Outbox.PARKED + ".eventId"))
                    .projection(new Document(Outbox.PARKED, 1))) {
                count += aggregate.getList(Outbox.PARKED, Document.class, List.of()).size();
            }
            parked.put(name, count);
        }
        return parked;
    }

    private enum Sent { DONE, LATER, NEVER }

    @Override
    public synchronized void start() {
        for (String name : collections.names()) {
            database.getCollection(name).createIndex(Indexes.ascending(Outbox.FIELD + ".eventId"),
                    new IndexOptions().sparse(true).name("outbox_pending"));
            database.getCollection(name).createIndex(Indexes.ascending(Outbox.PARKED + ".eventId"),
                    new IndexOptions().sparse(true).name("outbox_parked"));
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
