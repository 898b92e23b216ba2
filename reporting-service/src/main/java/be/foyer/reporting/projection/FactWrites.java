package be.foyer.reporting.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
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
    private static final ThreadLocal<Integer> GENERATION = new ThreadLocal<>();

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

    /**
     * Sets ({@code value} other than {@link #UNSET}) or removes one field of a document, upserting it. In a batch the
     * fields of one document are gathered, the last value of a field winning, and sent as one update at
     * {@link #flush()}: a store that rewrites a whole document on each update (the embedded default) then rewrites
     * a large summary once per batch, not once per event.
     */
    static void setField(MongoCollection<Document> collection, String id, String field, Object value) {
        Batch batch = BATCH.get();
        if (batch == null) {
            collection.bulkWrite(List.of(update(id, Map.of(field, value))));
        } else {
            batch.fields.computeIfAbsent(collection, key -> new LinkedHashMap<>())
                    .computeIfAbsent(id, key -> new LinkedHashMap<>()).put(field, value);
        }
    }

    /** The value of {@link #setField} that removes the field. */
    static final Object UNSET = new Object();

    private static WriteModel<Document> update(String id, Map<String, Object> fields) {
        Document set = new Document();
        Document unset = new Document();
        fields.forEach((field, value) -> {
            if (value == UNSET) {
                unset.append(field, "");
            } else {
                set.append(field, value);
            }
        });
        Document update = new Document();
        if (!set.isEmpty()) {
            update.append("$set", set);
        }
        if (!unset.isEmpty()) {
            update.append("$unset", unset);
        }
        return new UpdateOneModel<>(Filters.eq("_id", id), update, new UpdateOptions().upsert(true));
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

    /**
     * From now on this thread reads and writes {@code generation} of the projections (a rebuild building the next
     * one); {@code null}: the live one again.
     */
    public static void into(Integer generation) {
        if (generation == null) {
            GENERATION.remove();
        } else {
            GENERATION.set(generation);
        }
    }

    /** The generation this thread was sent {@link #into}; {@code null}: the live one. */
    public static Integer generation() {
        return GENERATION.get();
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
            batch.fields.forEach((collection, documents) -> documents.forEach((id, fields) -> batch.writes
                    .computeIfAbsent(collection, key -> new ArrayList<>()).add(update(id, fields))));
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
        final Map<MongoCollection<Document>, Map<String, Map<String, Object>>> fields = new LinkedHashMap<>();
    }

    /** A fact's fields set in the batch; {@code replaced}: removed first, so nothing stored before counts. */
    static final class Change {
        final Document fields = new Document();
        boolean replaced;
    }
}
