package be.foyer.reporting.monthly.targets;

import java.util.EnumMap;
import java.util.Map;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;

import be.foyer.reporting.monthly.Indicator;

/**
 * The monthly targets each organisation's coordinator sets ({@code _id} = organisation, one field per indicator
 * key). An indicator without a target of the organisation's own is measured against the contract's default. Not a
 * projection: a rebuild keeps it.
 */
@Repository
public class Targets {

    static final String COLLECTION = "targets";

    private final MongoCollection<Document> targets;

    public Targets(MongoDatabase database) {
        this.targets = database.getCollection(COLLECTION);
    }

    /** Every indicator's target for the organisation ({@code null}: none). */
    public Map<Indicator, Integer> of(String organisation) {
        Document own = targets.find(Filters.eq("_id", organisation)).first();
        Map<Indicator, Integer> all = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            Integer set = own == null ? null : own.getInteger(indicator.key());
            all.put(indicator, set != null ? set : indicator.defaultTarget());
        }
        return all;
    }

    /** One write: the given targets are set, those given as {@code null} go back to the default. */
    public void change(String organisation, Map<Indicator, Integer> changes) {
        Document set = new Document();
        Document unset = new Document();
        changes.forEach((indicator, target) -> {
            if (target == null) {
                unset.append(indicator.key(), "");
            } else {
                set.append(indicator.key(), target);
            }
        });
        Document update = new Document();
        if (!set.isEmpty()) {
            update.append("$set", set);
        }
        if (!unset.isEmpty()) {
            update.append("$unset", unset);
        }
        if (!update.isEmpty()) {
            targets.updateOne(Filters.eq("_id", organisation), update, new UpdateOptions().upsert(true));
        }
    }
}
