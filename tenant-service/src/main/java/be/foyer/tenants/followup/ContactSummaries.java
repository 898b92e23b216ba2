package be.foyer.tenants.followup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * One small document per tenant ({@code _id} = tenant id) holding the date of each of its DONE follow-ups
 * ({@code done.<followUpId>}), so that the last contact of a whole caseload is read by ids in one query instead of
 * searching the follow-ups of every tenant. Each write sets or removes one follow-up's entry: it does not depend on
 * what was there before, and a correction or withdrawal that moves the last contact back is right at once.
 */
@Repository
class ContactSummaries {

    static final String COLLECTION = "contact_summaries";

    private final MongoCollection<Document> summaries;

    ContactSummaries(MongoDatabase database) {
        this.summaries = database.getCollection(COLLECTION);
    }

    void done(FollowUp followUp) {
        summaries.updateOne(Filters.eq("_id", followUp.tenantId()),
                Updates.combine(Updates.set("organisation", followUp.organisation()),
                        Updates.set("done." + followUp.id(), followUp.date().toString())),
                new UpdateOptions().upsert(true));
    }

    void notDone(FollowUp followUp) {
        summaries.updateOne(Filters.eq("_id", followUp.tenantId()), Updates.unset("done." + followUp.id()));
    }

    /** The date of the last DONE follow-up of each of these tenants that has one. */
    Map<String, LocalDate> lastContacts(String organisation, Collection<String> tenantIds) {
        Map<String, LocalDate> last = new HashMap<>();
        // by _id alone, which even the in-memory stand-in answers from its primary index
        for (Document summary : summaries.find(Filters.in("_id", tenantIds))) {
            if (!organisation.equals(summary.getString("organisation"))) {
                continue;
            }
            summary.get("done", new Document()).values().stream().map(date -> LocalDate.parse((String) date))
                    .max(LocalDate::compareTo)
                    .ifPresent(date -> last.put(summary.getString("_id"), date));
        }
        return last;
    }

    boolean isEmpty() {
        return summaries.find().limit(1).first() == null;
    }
}
