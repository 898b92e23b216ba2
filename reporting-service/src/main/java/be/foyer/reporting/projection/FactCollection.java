package be.foyer.reporting.projection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;

/**
 * A collection of facts projected from events. Every write is a natural upsert keyed by the fact's own id that only
 * sets fields, or the removal of that id, so facts are the same however often an event is delivered. A
 * rebuild replays the topics into the next generation of every fact collection ({@link ProjectionGenerations}).
 */
public abstract class FactCollection {

    private final MongoDatabase database;
    private final String name;
    private final ProjectionGenerations generations;
    private final Map<Integer, MongoCollection<Document>> ofGeneration = new ConcurrentHashMap<>();

    protected FactCollection(MongoDatabase database, String name) {
        this.database = database;
        this.name = name;
        this.generations = ProjectionGenerations.of(database);
    }

    /**
     * The collection of the generation this thread writes ({@link FactWrites#into}: a rebuild's), else the live one
     * (the listener's, and what the reports read). One object per generation, so a batch gathers its writes by it.
     */
    protected MongoCollection<Document> facts() {
        Integer target = FactWrites.generation();
        return of(target == null ? generations.live() : target);
    }

    private MongoCollection<Document> of(int generation) {
        return ofGeneration.computeIfAbsent(generation,
                key -> database.getCollection(ProjectionGenerations.name(name, key)));
    }

    protected void upsert(String id, Document fields) {
        FactWrites.set(facts(), id, fields);
        write(new UpdateOneModel<>(Filters.eq("_id", id), new Document("$set", fields),
                new UpdateOptions().upsert(true)));
    }

    /** Removes the fact; removing one that is not there (a redelivery) changes nothing. */
    protected void delete(String id) {
        FactWrites.removed(facts(), id);
        write(new DeleteOneModel<>(Filters.eq("_id", id)));
    }

    /** Through {@link FactWrites}: at once, or with the rest of the listener's batch. */
    protected void write(WriteModel<Document> write) {
        FactWrites.write(facts(), write);
    }

    /**
     * The fact as it stands, the listener's batch included (its writes are not in MongoDB yet); {@code null} if
     * there is none. Read by {@code _id} alone, which any store answers from its index.
     */
    protected Document current(String id) {
        FactWrites.Change change = FactWrites.pending(facts(), id);
        if (change != null && change.replaced && change.fields.isEmpty()) {
            return null;
        }
        Document stored = change != null && change.replaced ? null : facts().find(Filters.eq("_id", id)).first();
        if (change == null) {
            return stored;
        }
        Document merged = stored == null ? new Document("_id", id) : stored;
        merged.putAll(change.fields);
        return merged;
    }

    public boolean exists(String id) {
        return facts().find(Filters.eq("_id", id)).first() != null;
    }

    /** Empties the live collection (indexes stay). */
    public void clear() {
        facts().deleteMany(new Document());
    }

    /** Drops a generation's collection: a rebuild's leftovers before it starts, the old one after the switch. */
    public void drop(int generation) {
        String collection = ProjectionGenerations.name(name, generation);
        // Only what exists: the MongoDB stand-in logs an error with a stack trace for every drop of a missing one.
        if (database.listCollectionNames().into(new ArrayList<>()).contains(collection)) {
            of(generation).drop();
        }
        ofGeneration.remove(generation);
    }

    public long size() {
        return facts().countDocuments();
    }

    protected Set<String> distinct(String field, Bson filter) {
        List<String> values = facts().distinct(field, filter, String.class).into(new ArrayList<>());
        Set<String> present = new HashSet<>(values);
        present.removeIf(Objects::isNull);
        return present;
    }

    protected static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
