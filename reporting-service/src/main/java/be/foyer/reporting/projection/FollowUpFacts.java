package be.foyer.reporting.projection;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;

import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.reporting.ReportMonth;

/**
 * One document per follow-up ({@code _id} = followUpId), holding only what the indicators count: the organisation
 * of the envelope, the tenant id, the month of the follow-up's date, mode, life domains and place. A follow-up is
 * counted by its own organisation, so it counts whether or not its tenant's {@code TenantRegistered} has arrived.
 */
@Repository
public class FollowUpFacts extends FactCollection {

    static final String COLLECTION = "follow_up_facts";

    public FollowUpFacts(MongoDatabase database) {
        super(database, COLLECTION);
        facts.createIndex(Indexes.ascending("organisation", "month", "tenantId"));
    }

    public void record(String organisation, FollowUpRecorded followUp) {
        upsert(followUp.followUpId(), new Document("organisation", organisation)
                .append("tenantId", followUp.tenantId())
                .append("month", ReportMonth.of(followUp.date()))
                .append("mode", followUp.mode())
                .append("domains", followUp.domains() == null ? List.of() : followUp.domains())
                .append("placeId", followUp.placeId())
                .append("placeCategory", followUp.placeCategory()));
    }

    /** Indicator {@code tenantsMetIndividually}: tenants of the organisation with a follow-up dated in the month. */
    public Set<String> tenantsMet(String organisation, YearMonth month) {
        return distinct("tenantId", inMonth(organisation, month));
    }

    /** Indicator {@code distinctPlaces}: the places the organisation's tenants were accompanied to in the month. */
    public Set<String> placesVisited(String organisation, YearMonth month) {
        return distinct("placeId", inMonth(organisation, month));
    }

    public Map<String, Long> countByMode(String organisation, YearMonth month) {
        Map<String, Long> counts = new TreeMap<>();
        for (Document followUp : facts.find(inMonth(organisation, month))) {
            counts.merge(String.valueOf(followUp.getString("mode")), 1L, Long::sum);
        }
        return counts;
    }

    /** A follow-up about several life domains counts once in each. */
    public Map<String, Long> countByDomain(String organisation, YearMonth month) {
        Map<String, Long> counts = new TreeMap<>();
        for (Document followUp : facts.find(inMonth(organisation, month))) {
            for (String domain : followUp.getList("domains", String.class, List.of())) {
                counts.merge(domain, 1L, Long::sum);
            }
        }
        return counts;
    }

    private static Bson inMonth(String organisation, YearMonth month) {
        return Filters.and(Filters.eq("organisation", organisation), Filters.eq("month", month.toString()));
    }
}
