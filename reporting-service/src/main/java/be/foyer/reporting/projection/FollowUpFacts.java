package be.foyer.reporting.projection;

import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoDatabase;

import be.foyer.events.tenants.FollowUpCorrected;
import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.events.tenants.FollowUpWithdrawn;
import be.foyer.reporting.ReportMonth;

/**
 * One document per follow-up ({@code _id} = followUpId), holding only what the indicators count: the organisation
 * of the envelope, the tenant id, the month of the follow-up's date, mode, life domains and place. A follow-up is
 * counted by its own organisation, so it counts whether or not its tenant's {@code TenantRegistered} has arrived.
 * A correction overwrites the fact, a withdrawal removes it: both travel in the follow-up's own outbox after its
 * {@code FollowUpRecorded}, keyed by the tenant, so they arrive after it in the partition's order. Each follow-up
 * is also held in its organisation's day of {@link ReportSummaries} (what the reports read): a correction to
 * another day or organisation moves it there, a withdrawal takes it out.
 */
@Repository
public class FollowUpFacts extends FactCollection {

    static final String COLLECTION = "follow_up_facts";

    private final ReportSummaries summaries;

    public FollowUpFacts(MongoDatabase database, ReportSummaries summaries) {
        super(database, COLLECTION);
        this.summaries = summaries;
    }

    public void record(FactBatch batch, String organisation, FollowUpRecorded followUp) {
        set(batch, followUp.followUpId(), fact(organisation, followUp.tenantId(), followUp.date(), followUp.mode(),
                followUp.domains(), followUp.placeId(), followUp.placeCategory()));
    }

    /** The corrected facts replace the recorded ones; the month follows the corrected date. */
    public void correct(FactBatch batch, String organisation, FollowUpCorrected followUp) {
        String id = followUp.followUpId();
        Document fact = fact(organisation, followUp.tenantId(), followUp.date(), followUp.mode(), followUp.domains(),
                followUp.placeId(), followUp.placeCategory());
        String countedIn = summaryOf(current(batch, id));
        if (countedIn != null && !countedIn.equals(summaryOf(fact))) {
            summaries.remove(batch, countedIn, ReportSummaries.FOLLOW_UPS, id);
        }
        set(batch, id, fact);
    }

    /** Entered by mistake: it counts nowhere any more. */
    public void withdraw(FactBatch batch, FollowUpWithdrawn followUp) {
        String countedIn = summaryOf(current(batch, followUp.followUpId()));
        if (countedIn != null) {
            summaries.remove(batch, countedIn, ReportSummaries.FOLLOW_UPS, followUp.followUpId());
        }
        delete(batch, followUp.followUpId());
    }

    private void set(FactBatch batch, String id, Document fact) {
        upsert(batch, id, fact);
        summaries.put(batch, summaryOf(fact), ReportSummaries.FOLLOW_UPS, id, new Document("tenantId", fact.get("tenantId"))
                .append("mode", fact.get("mode"))
                .append("domains", fact.get("domains"))
                .append("placeId", fact.get("placeId")));
    }

    /** The summary the follow-up counts in: its organisation's day. */
    private static String summaryOf(Document fact) {
        return fact == null || fact.get("date") == null ? null
                : ReportSummaries.dayKey(fact.getString("organisation"), fact.getString("date"));
    }

    private static Document fact(String organisation, String tenantId, LocalDate date, String mode,
            List<String> domains, String placeId, String placeCategory) {
        return new Document("organisation", organisation)
                .append("tenantId", tenantId)
                .append("month", ReportMonth.of(date))
                .append("date", date.toString())
                .append("mode", mode)
                .append("domains", domains == null ? List.of() : domains)
                .append("placeId", placeId)
                .append("placeCategory", placeCategory);
    }
}
