package be.foyer.reporting.projection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

/**
 * Which generation of the projections is live: the reports read it and the listener writes it, while a rebuild
 * builds the next one beside it and switches over when it has caught up (issue 13: reports stay readable during a
 * rebuild). Every {@link FactCollection} names its collection through {@link #name}, so every store follows the
 * switch alike. Generation 0 is the unsuffixed name (the collections of a store from before generations); generation
 * n is {@code <name>_g<n>}. The state is the document {@code projections} of {@value #STATE}, read by {@code _id}
 * once per database and held here (the service runs one instance: the switch is made in this process).
 */
public final class ProjectionGenerations {

    public static final String STATE = "projection_state";
    private static final String ID = "projections";
    private static final Map<String, ProjectionGenerations> OF_DATABASE = new ConcurrentHashMap<>();

    private final MongoCollection<Document> state;
    private volatile int live;

    private ProjectionGenerations(MongoDatabase database) {
        this.state = database.getCollection(STATE);
        Document stored = state.find(Filters.eq("_id", ID)).first();
        this.live = stored == null ? 0 : stored.getInteger("live", 0);
    }

    public static ProjectionGenerations of(MongoDatabase database) {
        return OF_DATABASE.computeIfAbsent(database.getName(), name -> new ProjectionGenerations(database));
    }

    public int live() {
        return live;
    }

    public static String name(String collection, int generation) {
        return generation == 0 ? collection : collection + "_g" + generation;
    }

    /** Notes the generation being built (for the operator; a restart abandons it and the live one stays). */
    public void building(int generation) {
        state.replaceOne(Filters.eq("_id", ID), new Document("_id", ID).append("live", live)
                .append("building", generation), new ReplaceOptions().upsert(true));
    }

    /** From now on the reports read, and the listener writes, {@code generation}. One document: atomic. */
    public void switchTo(int generation) {
        state.replaceOne(Filters.eq("_id", ID), new Document("_id", ID).append("live", generation),
                new ReplaceOptions().upsert(true));
        live = generation;
    }
}
