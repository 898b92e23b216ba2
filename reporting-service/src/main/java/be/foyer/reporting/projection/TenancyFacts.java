package be.foyer.reporting.projection;

import java.time.LocalDate;

import org.bson.Document;
import org.springframework.stereotype.Component;


import be.foyer.events.housing.TenancyEnded;
import be.foyer.events.housing.TenancyStarted;
import be.foyer.reporting.ReportMonth;

/**
 * A tenancy (id = tenancyId), held field by field in the organisation's tenancies of {@link ReportSummaries}, which
 * the reports and retention read (no collection of its own: nothing reads one). {@code TenancyStarted} and
 * {@code TenancyEnded} each set their own fields, and the end repeats the move-in date, so the tenancy is whole
 * whichever arrives first. Dates are stored {@code YYYY-MM-DD}, which sorts as dates do.
 */
@Component
public class TenancyFacts {

    private final ReportSummaries summaries;

    public TenancyFacts(ReportSummaries summaries) {
        this.summaries = summaries;
    }

    public void started(FactBatch batch, String organisation, TenancyStarted tenancy) {
        set(batch, organisation, tenancy.tenancyId(), withMoveIn(new Document("tenantId", tenancy.tenantId()),
                tenancy.moveInDate()));
    }

    public void ended(FactBatch batch, String organisation, TenancyEnded tenancy) {
        set(batch, organisation, tenancy.tenancyId(), withMoveIn(new Document("tenantId", tenancy.tenantId())
                .append("endDate", tenancy.endDate().toString())
                .append("endMonth", ReportMonth.of(tenancy.endDate()))
                .append("reason", tenancy.reason()), tenancy.moveInDate()));
    }

    private void set(FactBatch batch, String organisation, String id, Document fields) {
        summaries.merge(batch, ReportSummaries.tenanciesKey(organisation), ReportSummaries.TENANCIES, id, fields);
    }

    private static Document withMoveIn(Document fields, LocalDate moveIn) {
        return moveIn == null ? fields : fields.append("moveInDate", moveIn.toString());
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
