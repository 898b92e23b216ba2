package be.foyer.reporting.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;

/**
 * The writes of the projections. Outside a batch each write goes to MongoDB at once; inside one (opened by the
 * listener on its own thread for a batch of records) they are kept and sent per collection in one ordered bulk write
 * at {@link #flush()}: one round trip per collection instead of one per event. Order within a collection is kept,
 * and facts of different collections never depend on each other.
 * <p>
 * A projection that must know a fact's state before changing it (where a corrected follow-up was counted, whether a
 * tenant was erased) reads it by {@code _id} and lays over it what the batch has set since ({@link #pending}), since
 * those writes are not in MongoDB yet.
 */
public final class FactWrites {

    private static final ThreadLocal<Batch> BATCH = new ThreadLocal<>();

    private FactWrites() {
    }

    static void write(MongoCollection<Document> collection, WriteModel<Document> write) {
        Batch batch = BATCH.get();
        if (batch == null) {
            collection.bulkWrite(List.of(write));
        } else {
            batch.writes.computeIfAbsent(collection, key -> new ArrayList<>()).add(write);
        }
    }

    /** Notes fields set on a fact in this batch, for {@link #pending}. */
    static void set(MongoCollection<Document> collection, String id, Document fields) {
        Batch batch = BATCH.get();
        if (batch != null) {
            batch.changes.computeIfAbsent(key(collection, id), key -> new Change()).fields.putAll(fields);
        }
    }

    /** Notes that a fact was removed in this batch, for {@link #pending}. */
    static void removed(MongoCollection<Document> collection, String id) {
        Batch batch = BATCH.get();
        if (batch != null) {
            Change change = new Change();
            change.replaced = true;
            batch.changes.put(key(collection, id), change);
        }
    }

    /** What this batch did to a fact so far; {@code null} if nothing (or outside a batch). */
    static Change pending(MongoCollection<Document> collection, String id) {
        Batch batch = BATCH.get();
        return batch == null ? null : batch.changes.get(key(collection, id));
    }

    private static String key(MongoCollection<Document> collection, String id) {
        return collection.getNamespace().getCollectionName() + '\u0000' + id;
    }

    /** From now on, this thread's writes wait for {@link #flush()}. */
    public static void begin() {
        BATCH.set(new Batch());
    }

    /** Sends the writes kept since {@link #begin()} and closes the batch. */
    public static void flush() {
        Batch batch = BATCH.get();
        BATCH.remove();
        if (batch != null) {
            batch.writes.forEach((collection, writes) -> collection.bulkWrite(writes,
                    new BulkWriteOptions().ordered(true)));
        }
    }

    /** Drops the writes kept since {@link #begin()} (their events will be delivered again). */
    public static void discard() {
        BATCH.remove();
    }

    private static final class Batch {
        final Map<MongoCollection<Document>, List<WriteModel<Document>>> writes = new LinkedHashMap<>();
        final Map<String, Change> changes = new HashMap<>();
    }

    /** A fact's fields set in the batch; {@code replaced}: removed first, so nothing stored before counts. */
    static final class Change {
        final Document fields = new Document();
        boolean replaced;
    }
}
