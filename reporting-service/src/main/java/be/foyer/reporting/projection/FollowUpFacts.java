package be.foyer.reporting.projection;

import java.time.LocalDate;
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

import be.foyer.events.tenants.FollowUpCorrected;
import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.events.tenants.FollowUpWithdrawn;
import be.foyer.reporting.ReportMonth;

/**
 * One document per follow-up ({@code _id} = followUpId), holding only what the indicators count: the organisation
 * of the envelope, the tenant id, the month of the follow-up's date, mode, life domains and place. A follow-up is
 * counted by its own organisation, so it counts whether or not its tenant's {@code TenantRegistered} has arrived.
 * A correction overwrites the fact, a withdrawal removes it: both travel in the follow-up's own outbox after its
 * {@code FollowUpRecorded}, keyed by the tenant, so they arrive after it in the partition's order.
 */
@Repository
public class FollowUpFacts extends FactCollection {

    static final String COLLECTION = "follow_up_facts";

    public FollowUpFacts(MongoDatabase database) {
        super(database, COLLECTION);
        facts.createIndex(Indexes.ascending("organisation", "month", "tenantId"));
    }

    public void record(String organisation, FollowUpRecorded followUp) {
        upsert(followUp.followUpId(), fact(organisation, followUp.tenantId(), followUp.date(), followUp.mode(),
                followUp.domains(), followUp.placeId(), followUp.placeCategory()));
    }

    /** The corrected facts replace the recorded ones; the month follows the corrected date. */
    public void correct(String organisation, FollowUpCorrected followUp) {
        upsert(followUp.followUpId(), fact(organisation, followUp.tenantId(), followUp.date(), followUp.mode(),
                followUp.domains(), followUp.placeId(), followUp.placeCategory()));
    }

    /** Entered by mistake: it counts nowhere any more. */
    public void withdraw(FollowUpWithdrawn followUp) {
        delete(followUp.followUpId());
    }

    private static Document fact(String organisation, String tenantId, LocalDate date, String mode,
            List<String> domains, String placeId, String placeCategory) {
        return new Document("organisation", organisation)
                .append("tenantId", tenantId)
                .append("month", ReportMonth.of(date))
                .append("mode", mode)
                .append("domains", domains == null ? List.of() : domains)
                .append("placeId", placeId)
                .append("placeCategory", placeCategory);
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
