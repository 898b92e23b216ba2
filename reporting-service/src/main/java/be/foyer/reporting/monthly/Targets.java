package be.foyer.reporting.monthly;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import be.foyer.platform.domain.Author;
import be.foyer.reporting.Indicator;
import be.foyer.reporting.monthly.TargetHistory.Entry;

/**
 * Dated targets: one document per scope, indicator and first month ({@code _id} = {@code scope|indicator|from});
 * setting the same indicator from the same month again replaces it. Not a projection: a rebuild keeps it.
 * <p>
 * Before targets were dated, the collection {@code targets} held one document per organisation with a field per
 * indicator; at start-up each such target becomes one applying from the first month on, and the old document goes.
 */
@Repository
public class Targets {

    static final String COLLECTION = "dated_targets";
    static final String UNDATED = "targets";
    private static final String FIRST_MONTH = "0000-01";
    /** Who set a programme's configured targets: its configuration, named so. */
    static final Author CONFIGURATION = new Author("configuration", "configuration");

    private final MongoCollection<Document> targets;

    public Targets(MongoDatabase database) {
        this.targets = database.getCollection(COLLECTION);
        migrateUndated(database.getCollection(UNDATED));
    }

    private void migrateUndated(MongoCollection<Document> undated) {
        for (Document organisation : undated.find()) {
            Scope scope = Scope.organisation(organisation.getString("_id"));
            List<WriteModel<Document>> writes = new ArrayList<>();
            organisation.forEach((field, value) -> Indicator.byKey(field).ifPresent(indicator -> writes.add(
                    new UpdateOneModel<>(Filters.eq("_id", id(scope, indicator, FIRST_MONTH)),
                            Updates.setOnInsert(entry(scope, indicator, FIRST_MONTH, (Integer) value, null, null)),
                            new UpdateOptions().upsert(true)))));
            if (!writes.isEmpty()) {
                targets.bulkWrite(writes);
            }
            undated.deleteOne(Filters.eq("_id", organisation.get("_id")));
        }
    }

    /** The scope's targets: its configuration's (from the first month) followed by every dated change. */
    public TargetHistory history(Scope scope) {
        List<Entry> entries = new ArrayList<>();
        scope.baselineTargets().forEach((indicator, target) ->
                entries.add(new Entry(indicator, target, null, CONFIGURATION, null)));
        for (Document stored : targets.find(Filters.eq("scope", scope.key()))) {
            Indicator.byKey(stored.getString("indicator")).ifPresent(indicator -> {
                String from = stored.getString("from");
                Date setAt = stored.getDate("setAt");
                entries.add(new Entry(indicator, stored.getInteger("target"),
                        FIRST_MONTH.equals(from) ? null : YearMonth.parse(from), author(stored.get("setBy")),
                        setAt == null ? null : setAt.toInstant()));
            });
        }
        return new TargetHistory(entries);
    }

    /** One ordered write: every given target from {@code from} on ({@code null}: no target from then on). */
    public void set(Scope scope, YearMonth from, Map<Indicator, Integer> changes, Author setBy, Instant setAt) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        changes.forEach((indicator, target) -> writes.add(new ReplaceOneModel<>(
                Filters.eq("_id", id(scope, indicator, from.toString())),
                entry(scope, indicator, from.toString(), target, setBy, setAt).append("_id", id(scope, indicator, from.toString())),
                new ReplaceOptions().upsert(true))));
        if (!writes.isEmpty()) {
            targets.bulkWrite(writes);
        }
    }

    private static String id(Scope scope, Indicator indicator, String from) {
        return scope.key() + "|" + indicator.key() + "|" + from;
    }

    /** Stored as {@code {id, name}}; a target stored before (a bare user id) reads as both. */
    private static Author author(Object stored) {
        if (stored instanceof Document author) {
            return new Author(author.getString("id"), author.getString("name"));
        }
        String id = stored == null ? null : stored.toString();
        return new Author(id, id);
    }

    private static Document entry(Scope scope, Indicator indicator, String from, Integer target, Author setBy,
            Instant setAt) {
        return new Document("scope", scope.key()).append("indicator", indicator.key()).append("from", from)
                .append("target", target)
                .append("setBy", setBy == null ? null : new Document("id", setBy.id()).append("name", setBy.name()))
                .append("setAt", setAt == null ? null : Date.from(setAt));
    }
}
