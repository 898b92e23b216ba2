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
import com.mongodb.client.model.Filters;

/**
 * A collection of facts projected from events. Every write is a natural upsert keyed by the fact's own id that only
 * sets fields, or the removal of that id, so facts are the same however often an event is delivered. Writes go
 * through the {@link FactBatch} of the events being applied, which knows the generation they go to. A
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

    /** The live collection: what the reports read. */
    protected MongoCollection<Document> facts() {
        return in(generations.live());
    }

    /** The collection of {@code generation}, one object per generation. */
    MongoCollection<Document> in(int generation) {
        return ofGeneration.computeIfAbsent(generation,
                key -> database.getCollection(ProjectionGenerations.name(name, key)));
    }

    /** Sets fields of the fact, creating it if needed: natural upserts, the same however often applied. */
    protected void upsert(FactBatch batch, String id, Document fields) {
        batch.set(this, id, fields);
    }

    /** Removes one field of the fact. */
    protected void unset(FactBatch batch, String id, String field) {
        batch.unset(this, id, field);
    }

    /** Removes the fact; removing one that is not there (a redelivery) changes nothing. */
    protected void delete(FactBatch batch, String id) {
        batch.remove(this, id);
    }

    /** Announces that this fact will be read ({@link #current}) while the batch is applied: loaded with others. */
    void willRead(FactBatch batch, String id) {
        batch.willRead(this, id);
    }

    /** The fact as it stands in the batch's generation, the batch's writes included; {@code null} if none. */
    protected Document current(FactBatch batch, String id) {
        return batch.current(this, id);
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
            in(generation).drop();
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
