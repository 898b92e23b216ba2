package be.foyer.reporting.projection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;

import be.foyer.events.housing.TenancyEnded;
import be.foyer.events.housing.TenancyStarted;
import be.foyer.reporting.ReportMonth;

/**
 * One document per tenancy ({@code _id} = tenancyId). {@code TenancyStarted} and {@code TenancyEnded} each set their
 * own fields, and the end repeats the move-in date, so the fact is whole whichever arrives first. Dates are stored
 * {@code YYYY-MM-DD}, which sorts as dates do.
 */
@Repository
public class TenancyFacts extends FactCollection {

    static final String COLLECTION = "tenancy_facts";

    public TenancyFacts(MongoDatabase database) {
        super(database, COLLECTION);
        facts.createIndex(Indexes.ascending("organisation", "moveInDate"));
    }

    public void started(String organisation, TenancyStarted tenancy) {
        upsert(tenancy.tenancyId(), withMoveIn(new Document("organisation", organisation)
                .append("tenantId", tenancy.tenantId())
                .append("housingModel", tenancy.housingModel()), tenancy.moveInDate()));
    }

    public void ended(String organisation, TenancyEnded tenancy) {
        upsert(tenancy.tenancyId(), withMoveIn(new Document("organisation", organisation)
                .append("tenantId", tenancy.tenantId())
                .append("housingModel", tenancy.housingModel())
                .append("endDate", text(tenancy.endDate()))
                .append("endMonth", ReportMonth.of(tenancy.endDate()))
                .append("reason", tenancy.reason()), tenancy.moveInDate()));
    }

    private static Document withMoveIn(Document fields, LocalDate moveIn) {
        return moveIn == null ? fields
                : fields.append("moveInDate", moveIn.toString()).append("moveInMonth", ReportMonth.of(moveIn));
    }

    /** Indicator {@code tenantsHoused}: tenants of the organisation with a tenancy running at the month's end. */
    public Set<String> tenantsHousedAtEndOf(String organisation, YearMonth month) {
        String lastDay = month.atEndOfMonth().toString();
        return distinct("tenantId", Filters.and(Filters.eq("organisation", organisation),
                Filters.lte("moveInDate", lastDay),
                Filters.or(Filters.exists("endDate", false), Filters.gt("endDate", lastDay))));
    }

    /** Indicator {@code moveIns}: the organisation's tenancies that began in the month. */
    public Set<String> moveIns(String organisation, YearMonth month) {
        return distinct("_id", Filters.and(Filters.eq("organisation", organisation),
                Filters.eq("moveInMonth", month.toString())));
    }

    public Map<String, Long> endsByReason(String organisation, YearMonth month) {
        Map<String, Long> counts = new TreeMap<>();
        for (Document tenancy : facts.find(Filters.and(Filters.eq("organisation", organisation),
                Filters.eq("endMonth", month.toString())))) {
            counts.merge(String.valueOf(tenancy.getString("reason")), 1L, Long::sum);
        }
        return counts;
    }

    /** The organisation's tenancies whose move-in date is known, for retention (per tenancy and per person). */
    public List<Tenancy> tenancies(String organisation) {
        List<Tenancy> tenancies = new ArrayList<>();
        for (Document tenancy : facts.find(Filters.and(Filters.eq("organisation", organisation),
                Filters.exists("moveInDate")))) {
            String end = tenancy.getString("endDate");
            tenancies.add(new Tenancy(tenancy.getString("organisation"), tenancy.getString("tenantId"),
                    LocalDate.parse(tenancy.getString("moveInDate")), end == null ? null : LocalDate.parse(end),
                    tenancy.getString("reason")));
        }
        return tenancies;
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
