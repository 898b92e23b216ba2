package be.foyer.reporting.projection;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;

import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.reporting.ReportMonth;

/**
 * One document per follow-up ({@code _id} = followUpId), holding only what the indicators count: the organisation
 * of the envelope, the tenant id, the month of the follow-up's date, mode and place. A follow-up is counted by its
 * own organisation, so it counts whether or not its tenant's {@code TenantRegistered} has arrived yet.
 */
@Repository
public class FollowUpFacts {

    static final String COLLECTION = "follow_up_facts";

    private final MongoCollection<Document> facts;

    public FollowUpFacts(MongoDatabase database) {
        this.facts = database.getCollection(COLLECTION);
        facts.createIndex(Indexes.ascending("organisation", "month", "tenantId"));
    }

    /** A natural upsert: the same follow-up recorded twice is one fact. */
    public void record(String organisation, FollowUpRecorded followUp) {
        Document fields = new Document("organisation", organisation)
                .append("tenantId", followUp.tenantId())
                .append("month", ReportMonth.of(followUp.date()))
                .append("mode", followUp.mode())
                .append("placeId", followUp.placeId())
                .append("placeCategory", followUp.placeCategory());
        facts.updateOne(Filters.eq("_id", followUp.followUpId()), new Document("$set", fields),
                new UpdateOptions().upsert(true));
    }

    public boolean exists(String followUpId) {
        return facts.find(Filters.eq("_id", followUpId)).first() != null;
    }

    /** Indicator {@code tenantsMetIndividually}: tenants of the organisation with a follow-up dated in the month. */
    public long distinctTenantsMet(String organisation, YearMonth month) {
        return distinct("tenantId", inMonth(organisation, month));
    }

    private long distinct(String field, Bson filter) {
        List<String> values = facts.distinct(field, filter, String.class).into(new ArrayList<>());
        return values.stream().filter(java.util.Objects::nonNull).count();
    }

    private static Bson inMonth(String organisation, YearMonth month) {
        return Filters.and(Filters.eq("organisation", organisation), Filters.eq("month", month.toString()));
    }
}
