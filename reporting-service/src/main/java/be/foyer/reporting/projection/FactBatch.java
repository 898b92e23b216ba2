package be.foyer.reporting.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;

/**
 * The writes of one batch of events into one generation of the projections, made by the listener (or a rebuild) for
 * each batch of records it takes in and handed to every {@link EventProjection}. Writes are gathered per collection
 * and document (the last value of a field winning) and sent at {@link #flush()}: one update per document touched,
 * however many events touched it, and one bulk write per collection. Facts of different documents never depend on
 * each other.
 * <p>
 * A projection that must know a fact's state before changing it (where a corrected follow-up was counted, a tenant's
 * organisation, whether it was erased) asks {@link #current}: the stored fact with what the batch has done to it
 * since laid over it. The facts the projections will read are announced first ({@link #willRead}) and loaded
 * together at the first read, by {@code _id} in slices ({@link IdSlices}): a handful of queries per batch instead of
 * one per event.
 */
public final class FactBatch {

    private final int generation;
    private final Map<FactCollection, Map<String, DocumentWrite>> writes = new LinkedHashMap<>();
    private final Map<FactCollection, Set<String>> announced = new LinkedHashMap<>();
    private final Map<FactCollection, Map<String, Optional<Document>>> stored = new HashMap<>();

    FactBatch(int generation) {
        this.generation = generation;
    }

    /** The generation this batch writes and reads: the live one, or the one a rebuild builds. */
    public int generation() {
        return generation;
    }

    /** Announces that the projections will read this fact ({@link #current}) while applying the batch. */
    public void willRead(FactCollection facts, String id) {
        if (id != null && !stored.getOrDefault(facts, Map.of()).containsKey(id)) {
            announced.computeIfAbsent(facts, key -> new LinkedHashSet<>()).add(id);
        }
    }

    /** The fact as it stands: stored, with this batch's writes laid over it; {@code null} if there is none. */
    Document current(FactCollection facts, String id) {
        DocumentWrite pending = writes.getOrDefault(facts, Map.of()).get(id);
        if (pending != null && pending.removed && pending.set.isEmpty()) {
            return null;
        }
        Document before = pending != null && pending.removed ? null : stored(facts, id);
        if (pending == null) {
            return before == null ? null : new Document(before);
        }
        Document merged = before == null ? new Document("_id", id) : new Document(before);
        merged.putAll(pending.set);
        pending.unset.forEach(merged::remove);
        return merged;
    }

    /** Sets fields of a fact, creating it if needed. */
    void set(FactCollection facts, String id, Document fields) {
        DocumentWrite write = write(facts, id);
        fields.forEach(write::set);
    }

    /** Sets one field of a fact, creating it if needed (a path into an embedded document is one field here). */
    void set(FactCollection facts, String id, String field, Object value) {
        write(facts, id).set(field, value);
    }

    /** Removes one field of a fact. */
    void unset(FactCollection facts, String id, String field) {
        write(facts, id).unset(field);
    }

    /** Removes the fact; what the batch sets on it afterwards makes a new one. */
    void remove(FactCollection facts, String id) {
        write(facts, id).remove();
    }

    /** Sends the batch's writes: per collection one ordered bulk write of one write per document. */
    public void flush() {
        writes.forEach((facts, documents) -> {
            List<WriteModel<Document>> models = new ArrayList<>();
            documents.forEach((id, write) -> write.addTo(models, id));
            if (!models.isEmpty()) {
                facts.in(generation).bulkWrite(models, new BulkWriteOptions().ordered(true));
            }
        });
        writes.clear();
    }

    private DocumentWrite write(FactCollection facts, String id) {
        return writes.computeIfAbsent(facts, key -> new LinkedHashMap<>()).computeIfAbsent(id,
                key -> new DocumentWrite());
    }

    private Document stored(FactCollection facts, String id) {
        loadAnnounced();
        Map<String, Optional<Document>> loaded = stored.computeIfAbsent(facts, key -> new HashMap<>());
        Optional<Document> found = loaded.get(id);
        if (found == null) { // not announced: read alone
            found = Optional.ofNullable(facts.in(generation).find(Filters.eq("_id", id)).first());
            loaded.put(id, found);
        }
        return found.orElse(null);
    }

    private void loadAnnounced() {
        announced.forEach((facts, ids) -> {
            Map<String, Optional<Document>> loaded = stored.computeIfAbsent(facts, key -> new HashMap<>());
            List<String> toLoad = ids.stream().filter(id -> !loaded.containsKey(id)).toList();
            for (List<String> slice : IdSlices.of(toLoad)) {
                slice.forEach(id -> loaded.put(id, Optional.empty()));
                facts.in(generation).find(Filters.in("_id", slice))
                        .forEach(document -> loaded.put(document.getString("_id"), Optional.of(document)));
            }
        });
        announced.clear();
    }

    /** What the batch does to one document: removes it first or not, then sets and removes fields. */
    private static final class DocumentWrite {
        boolean removed;
        final Map<String, Object> set = new LinkedHashMap<>();
        final Set<String> unset = new LinkedHashSet<>();

        void set(String field, Object value) {
            unset.remove(field);
            set.put(field, value);
        }

        void unset(String field) {
            set.remove(field);
            if (!removed) {
                unset.add(field);
            }
        }

        void remove() {
            removed = true;
            set.clear();
            unset.clear();
        }

        void addTo(List<WriteModel<Document>> models, String id) {
            if (removed) {
                models.add(new DeleteOneModel<>(Filters.eq("_id", id)));
            }
            Document update = new Document();
            if (!set.isEmpty()) {
                update.append("$set", new Document(set));
            }
            if (!unset.isEmpty()) {
                Document fields = new Document();
                unset.forEach(field -> fields.append(field, ""));
                update.append("$unset", fields);
            }
            if (!update.isEmpty()) {
                models.add(new UpdateOneModel<>(Filters.eq("_id", id), update, new UpdateOptions().upsert(true)));
            }
        }
    }
}
