package be.foyer.housing.tenancy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import be.foyer.platform.mongo.AuthorDocuments;
import be.foyer.housing.dwelling.HousingModel;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/**
 * Tenancies in MongoDB, for reading them back. Their events travel in the dwelling's document, written in the same
 * write that takes or frees the place (see {@code DwellingService}).
 */
@Repository
public class TenancyStore {

    static final String COLLECTION = "tenancies";
    /** The lists' order, latest move-in first: the same in the store's sort and in memory. */
    static final Comparator<Tenancy> LATEST_MOVE_IN_FIRST = Comparator.comparing(Tenancy::moveInDate)
            .thenComparing(Tenancy::id).reversed();

    private final MongoCollection<Document> tenancies;

    public TenancyStore(MongoDatabase database) {
        this.tenancies = database.getCollection(COLLECTION);
        tenancies.createIndex(Indexes.ascending("organisation", "dwellingId"));
        tenancies.createIndex(Indexes.ascending("organisation", "tenantId"));
    }

    public void insert(Tenancy tenancy) {
        tenancies.insertOne(toDocument(tenancy));
    }

    public void markEnded(Tenancy tenancy) {
        tenancies.updateOne(Filters.and(Filters.eq("_id", tenancy.id()), Filters.eq("endDate", null)),
                Updates.combine(Updates.set("endDate", tenancy.endDate().toString()),
                        Updates.set("endReason", tenancy.endReason().name())));
    }

    /** The tenancy, if it exists in {@code organisation}: another organisation's tenancy is as absent as none. */
    public Optional<Tenancy> find(String organisation, String id) {
        return Optional.ofNullable(tenancies.find(Filters.and(Filters.eq("_id", id),
                Filters.eq("organisation", organisation))).first()).map(TenancyStore::toTenancy);
    }

    /** The organisation's tenancies, latest move-in first, optionally of one dwelling or tenant, or running only. */
    public PageResult<Tenancy> list(String organisation, String dwellingId, String tenantId, Boolean running,
            PageQuery page) {
        List<Bson> criteria = new ArrayList<>(List.of(Filters.eq("organisation", organisation)));
        if (dwellingId != null) {
            criteria.add(Filters.eq("dwellingId", dwellingId));
        }
        if (tenantId != null) {
            criteria.add(Filters.eq("tenantId", tenantId));
        }
        if (running != null) {
            criteria.add(running ? Filters.eq("endDate", null) : Filters.ne("endDate", null));
        }
        Bson filter = Filters.and(criteria);
        List<Tenancy> items = tenancies.find(filter).sort(Sorts.descending("moveInDate", "_id"))
                .skip(page.offset()).limit(page.size())
                .map(TenancyStore::toTenancy).into(new ArrayList<>());
        return PageResult.of(items, page, tenancies.countDocuments(filter));
    }

    private static Document toDocument(Tenancy tenancy) {
        return new Document("_id", tenancy.id())
                .append("organisation", tenancy.organisation())
                .append("tenantId", tenancy.tenantId())
                .append("dwellingId", tenancy.dwellingId())
                .append("siteId", tenancy.siteId())
                .append("housingModel", tenancy.housingModel().name())
                .append("room", tenancy.room())
                .append("moveInDate", tenancy.moveInDate().toString())
                .append("plannedEnd", text(tenancy.plannedEnd()))
                .append("rentShareCents", tenancy.rentShareCents())
                .append("endDate", text(tenancy.endDate()))
                .append("endReason", tenancy.endReason() == null ? null : tenancy.endReason().name())
                .append("startedBy", AuthorDocuments.write(tenancy.startedBy()))
                .append("startedAt", Date.from(tenancy.startedAt()));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static Tenancy toTenancy(Document document) {
        Number rentShare = document.get("rentShareCents", Number.class);
        String reason = document.getString("endReason");
        return new Tenancy(
                document.getString("_id"),
                document.getString("organisation"),
                document.getString("tenantId"),
                document.getString("dwellingId"),
                document.getString("siteId"),
                HousingModel.valueOf(document.getString("housingModel")),
                document.getString("room"),
                date(document.getString("moveInDate")),
                date(document.getString("plannedEnd")),
                rentShare == null ? null : rentShare.longValue(),
                date(document.getString("endDate")),
                reason == null ? null : EndReason.valueOf(reason),
                AuthorDocuments.read(document.get("startedBy")),
                document.getDate("startedAt").toInstant());
    }
}
