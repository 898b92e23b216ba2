package be.foyer.reporting.projection;

import java.time.LocalDate;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoDatabase;

import be.foyer.events.housing.TenancyEnded;
import be.foyer.events.housing.TenancyStarted;
import be.foyer.reporting.ReportMonth;

/**
 * One document per tenancy ({@code _id} = tenancyId). {@code TenancyStarted} and {@code TenancyEnded} each set their
 * own fields, and the end repeats the move-in date, so the fact is whole whichever arrives first. Dates are stored
 * {@code YYYY-MM-DD}, which sorts as dates do. Also held, field by field the same way, in the organisation's
 * tenancies of {@link ReportSummaries}, which the reports and retention read.
 */
@Repository
public class TenancyFacts extends FactCollection {

    static final String COLLECTION = "tenancy_facts";

    private final ReportSummaries summaries;

    public TenancyFacts(MongoDatabase database, ReportSummaries summaries) {
        super(database, COLLECTION);
        this.summaries = summaries;
    }

    public void started(String organisation, TenancyStarted tenancy) {
        set(organisation, tenancy.tenancyId(), withMoveIn(new Document("organisation", organisation)
                .append("tenantId", tenancy.tenantId())
                .append("housingModel", tenancy.housingModel()), tenancy.moveInDate()));
    }

    public void ended(String organisation, TenancyEnded tenancy) {
        set(organisation, tenancy.tenancyId(), withMoveIn(new Document("organisation", organisation)
                .append("tenantId", tenancy.tenantId())
                .append("housingModel", tenancy.housingModel())
                .append("endDate", text(tenancy.endDate()))
                .append("endMonth", ReportMonth.of(tenancy.endDate()))
                .append("reason", tenancy.reason()), tenancy.moveInDate()));
    }

    private void set(String organisation, String id, Document fields) {
        upsert(id, fields);
        Document entry = new Document(fields);
        entry.remove("organisation");
        entry.remove("housingModel");
        entry.remove("moveInMonth");
        summaries.merge(ReportSummaries.tenanciesKey(organisation), ReportSummaries.TENANCIES, id, entry);
    }

    private static Document withMoveIn(Document fields, LocalDate moveIn) {
        return moveIn == null ? fields
                : fields.append("moveInDate", moveIn.toString()).append("moveInMonth", ReportMonth.of(moveIn));
    }

    /**
     * @param endDate   {@code null} while the tenancy runs
     * @param endReason {@code null} while the tenancy runs
     */
    public record Tenancy(String organisation, String tenantId, LocalDate moveInDate, LocalDate endDate,
            String endReason) {

        /** A tenancy known by its dates only, all retention per tenancy looks at. */
        public Tenancy(LocalDate moveInDate, LocalDate endDate) {
            this(null, null, moveInDate, endDate, null);
        }
    }
}
