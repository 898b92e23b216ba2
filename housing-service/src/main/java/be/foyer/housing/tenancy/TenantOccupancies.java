package be.foyer.housing.tenancy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * One document per tenant, keyed by the tenant id, listing the periods of the tenant's tenancies. A tenant's
 * reservation is a compare-and-set on that single document, so two concurrent move-ins of the same tenant cannot
 * both see "no overlap". Ends are exclusive: a tenant may leave one dwelling and move into another the same day.
 */
@Repository
public class TenantOccupancies {

    static final String COLLECTION = "tenant_occupancies";

    private final MongoCollection<Document> occupancies;

    public TenantOccupancies(MongoDatabase database) {
        this.occupancies = database.getCollection(COLLECTION);
    }

    /**
     * Reserves the tenant from {@code moveIn} on for the tenancy; returns the period it overlaps instead, if any.
     */
    public Optional<Period> reserve(String tenantId, String tenancyId, LocalDate moveIn) {
        Period wanted = new Period(tenancyId, moveIn, null);
        while (true) {
            Document current = occupancies.find(Filters.eq("_id", tenantId)).first();
            if (current == null) {
                if (insert(tenantId, wanted)) {
                    return Optional.empty();
                }
                continue;
            }
            List<Period> periods = periods(current);
            Optional<Period> overlap = periods.stream().filter(period -> period.overlaps(wanted)).findFirst();
            if (overlap.isPresent()) {
                return overlap;
            }
            periods.add(wanted);
            if (replace(current, periods)) {
                return Optional.empty();
            }
        }
    }

    /** Gives back a reservation whose tenancy could not start. */
    public void release(String tenantId, String tenancyId) {
        occupancies.updateOne(Filters.eq("_id", tenantId), Updates.combine(
                Updates.pull("periods", new Document("tenancyId", tenancyId)), Updates.inc("version", 1L)));
    }

    /** Closes the tenancy's period on {@code end}. */
    public void end(String tenantId, String tenancyId, LocalDate end) {
        while (true) {
            Document current = occupancies.find(Filters.eq("_id", tenantId)).first();
            if (current == null) {
                return;
            }
            List<Period> periods = periods(current).stream()
                    .map(period -> period.tenancyId().equals(tenancyId) ? period.endingOn(end) : period)
                    .collect(Collectors.toCollection(ArrayList::new));
            if (replace(current, periods)) {
                return;
            }
        }
    }

    private boolean insert(String tenantId, Period period) {
        try {
            occupancies.insertOne(new Document("_id", tenantId).append("version", 1L)
                    .append("periods", List.of(toDocument(period))));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    private boolean replace(Document current, List<Period> periods) {
        return occupancies.updateOne(
                Filters.and(Filters.eq("_id", current.get("_id")), Filters.eq("version", current.get("version"))),
                Updates.combine(Updates.set("periods", periods.stream().map(TenantOccupancies::toDocument).toList()),
                        Updates.inc("version", 1L)))
                .getModifiedCount() == 1;
    }

    private static List<Period> periods(Document document) {
        return document.getList("periods", Document.class, List.of()).stream()
                .map(period -> new Period(period.getString("tenancyId"), LocalDate.parse(period.getString("from")),
                        period.getString("to") == null ? null : LocalDate.parse(period.getString("to"))))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static Document toDocument(Period period) {
        return new Document("tenancyId", period.tenancyId()).append("from", period.from().toString())
                .append("to", period.to() == null ? null : period.to().toString());
    }

    /** A tenancy's span: from its move-in to its end (exclusive), open while it runs. */
    public record Period(String tenancyId, LocalDate from, LocalDate to) {

        boolean overlaps(Period other) {
            boolean startsBeforeOtherEnds = other.to == null || from.isBefore(other.to);
            boolean otherStartsBeforeThisEnds = to == null || other.from.isBefore(to);
            return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
        }

        Period endingOn(LocalDate end) {
            return new Period(tenancyId, from, end);
        }
    }
}
