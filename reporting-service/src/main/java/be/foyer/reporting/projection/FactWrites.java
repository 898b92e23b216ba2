package be.foyer.reporting.projection;

import java.util.ArrayList;
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
 */
public final class FactWrites {

    private static final ThreadLocal<Map<MongoCollection<Document>, List<WriteModel<Document>>>> BATCH =
            new ThreadLocal<>();

    private FactWrites() {
    }

    static void write(MongoCollection<Document> collection, WriteModel<Document> write) {
        Map<MongoCollection<Document>, List<WriteModel<Document>>> batch = BATCH.get();
        if (batch == null) {
            collection.bulkWrite(List.of(write));
        } else {
            batch.computeIfAbsent(collection, key -> new ArrayList<>()).add(write);
        }
    }

    /** From now on, this thread's writes wait for {@link #flush()}. */
    public static void begin() {
        BATCH.set(new LinkedHashMap<>());
    }

    /** Sends the writes kept since {@link #begin()} and closes the batch. */
    public static void flush() {
        Map<MongoCollection<Document>, List<WriteModel<Document>>> batch = BATCH.get();
        BATCH.remove();
        if (batch != null) {
            batch.forEach((collection, writes) -> collection.bulkWrite(writes, new BulkWriteOptions().ordered(true)));
        }
    }

    /** Drops the writes kept since {@link #begin()} (their events will be delivered again). */
    public static void discard() {
        BATCH.remove();
    }
}
