package be.foyer.tenants.followup;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * Who was met in which Brussels month: one small document per organisation, month and tenant met
 * ({@code _id} = {@code organisation|YYYY-MM|tenantId}) listing the ids of that month's DONE follow-ups. "The
 * organisation's tenants not met this month" is then one range read on {@code _id} (answered from the primary index
 * by every store, the in-memory stand-in too) returning only that month's met tenants, however long the history:
 * {@code contact_summaries} keeps every date of a tenant and would have to be read whole for the organisation.
 * An emptied document (a follow-up withdrawn or moved to another month) stays and counts as not met.
 */
@Repository
class MonthlyContacts {

    static final String COLLECTION = "monthly_contacts";
    private static final String FOLLOW_UPS = "followUps";

    private final MongoCollection<Document> contacts;

    MonthlyContacts(MongoDatabase database) {
        this.contacts = database.getCollection(COLLECTION);
    }

    /** @param before {@code null} for a new follow-up */
    void changed(FollowUp before, FollowUp after) {
        YearMonth was = metIn(before);
        YearMonth is = metIn(after);
        if (was != null && !was.equals(is)) {
            contacts.updateOne(Filters.eq("_id", key(before.organisation(), was, before.tenantId())),
                    Updates.pull(FOLLOW_UPS, before.id()));
        }
        if (is != null) {
            contacts.updateOne(Filters.eq("_id", key(after.organisation(), is, after.tenantId())),
                    Updates.addToSet(FOLLOW_UPS, after.id()), new UpdateOptions().upsert(true));
        }
    }

    /** The ids of the tenants of {@code organisation} with a DONE follow-up dated in {@code month}. */
    Set<String> tenantsMet(String organisation, YearMonth month) {
        String prefix = organisation + "|" + month + "|";
        Set<String> met = new HashSet<>();
        for (Document contact : contacts.find(Filters.and(Filters.gte("_id", prefix),
                Filters.lt("_id", prefix + Character.MAX_VALUE)))) {
            if (!contact.getList(FOLLOW_UPS, String.class, List.of()).isEmpty()) {
                met.add(contact.getString("_id").substring(prefix.length()));
            }
        }
        return met;
    }

    boolean isEmpty() {
        return contacts.find().limit(1).first() == null;
    }

    private static YearMonth metIn(FollowUp followUp) {
        return followUp == null || !followUp.isDone() ? null : YearMonth.from(followUp.date());
    }

    private static String key(String organisation, YearMonth month, String tenantId) {
        return organisation + "|" + month + "|" + tenantId;
    }
}
