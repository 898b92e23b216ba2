package be.foyer.housing.search;

import be.foyer.platform.outbox.OutboxCollection;
import java.time.LocalDate;
import java.util.ArrayList;
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

import be.foyer.events.EventEnvelope;
import be.foyer.platform.mongo.AuthorDocuments;
import be.foyer.platform.outbox.Outbox;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/** Housing searches in MongoDB, one document each with its steps and its pending events. */
@Repository
@OutboxCollection(HousingSearchStore.COLLECTION)
public class HousingSearchStore {

    static final String COLLECTION = "housing_searches";

    private final MongoCollection<Document> searches;

    public HousingSearchStore(MongoDatabase database) {
        this.searches = database.getCollection(COLLECTION);
        searches.createIndex(Indexes.ascending("organisation", "tenantId", "status"));
    }

    public void open(HousingSearch search, EventEnvelope<?> opened) {
        searches.insertOne(toDocument(search).append(Outbox.FIELD, Outbox.entries(opened)));
    }

    /** Adds the step with its event if the search is still open; false otherwise. */
    public boolean addStep(String organisation, String id, SearchStep step, EventEnvelope<?> recorded) {
        return searches.updateOne(openSearch(organisation, id), Updates.combine(
                Updates.push("steps", toDocument(step)), Outbox.append(recorded))).getModifiedCount() == 1;
    }

    /** Closes the search with its event if it is still open; false otherwise. */
    public boolean close(String organisation, String id, SearchStatus status, LocalDate closedOn, String tenancyId,
            EventEnvelope<?> closed) {
        return searches.updateOne(openSearch(organisation, id), Updates.combine(
                Updates.set("status", status.name()), Updates.set("closedOn", closedOn.toString()),
                Updates.set("tenancyId", tenancyId), Outbox.append(closed))).getModifiedCount() == 1;
    }

    /** Wipes the free text of the steps of every search of the tenant, whichever organisation holds them. */
    public void forgetDetailsOf(String tenantId) {
        for (Object id : searches.distinct("_id", Filters.eq("tenantId", tenantId), String.class)) {
            forgetDetails(id);
        }
    }

    /** Rewrites the steps without details, again if a step was added in between (compare-and-set on the count). */
    private void forgetDetails(Object id) {
        while (true) {
            Document search = searches.find(Filters.eq("_id", id)).first();
            List<Document> steps = search.getList("steps", Document.class, List.of()).stream()
                    .map(step -> new Document(step).append("detail", null)).toList();
            if (searches.updateOne(Filters.and(Filters.eq("_id", id), Filters.size("steps", steps.size())),
                    Updates.set("steps", steps)).getMatchedCount() == 1) {
                return;
            }
        }
    }

    /** The search, if it exists in {@code organisation}: another organisation's search is as absent as none. */
    public Optional<HousingSearch> find(String organisation, String id) {
        return Optional.ofNullable(searches.find(Filters.and(Filters.eq("_id", id),
                Filters.eq("organisation", organisation))).first()).map(HousingSearchStore::toSearch);
    }

    public Optional<HousingSearch> findOpen(String organisation, String tenantId) {
        return Optional.ofNullable(searches.find(Filters.and(Filters.eq("organisation", organisation),
                Filters.eq("tenantId", tenantId), Filters.eq("status", SearchStatus.OPEN.name()))).first())
                .map(HousingSearchStore::toSearch);
    }

    /** The organisation's searches, latest opened first, optionally of one status or tenant. */
    public PageResult<HousingSearch> list(String organisation, SearchStatus status, String tenantId,
            PageQuery page) {
        List<Bson> criteria = new ArrayList<>(List.of(Filters.eq("organisation", organisation)));
        if (status != null) {
            criteria.add(Filters.eq("status", status.name()));
        }
        if (tenantId != null) {
            criteria.add(Filters.eq("tenantId", tenantId));
        }
        Bson filter = Filters.and(criteria);
        List<HousingSearch> items = searches.find(filter).sort(Sorts.descending("openedOn", "_id"))
                .skip(page.offset()).limit(page.size())
                .map(HousingSearchStore::toSearch).into(new ArrayList<>());
        return PageResult.of(items, page, searches.countDocuments(filter));
    }

    private static Bson openSearch(String organisation, String id) {
        return Filters.and(Filters.eq("_id", id), Filters.eq("organisation", organisation),
                Filters.eq("status", SearchStatus.OPEN.name()));
    }

    private static Document toDocument(HousingSearch search) {
        return new Document("_id", search.id())
                .append("organisation", search.organisation())
                .append("tenantId", search.tenantId())
                .append("openedOn", search.openedOn().toString())
                .append("status", search.status().name())
                .append("steps", search.steps().stream().map(HousingSearchStore::toDocument).toList())
                .append("closedOn", search.closedOn() == null ? null : search.closedOn().toString())
                .append("tenancyId", search.tenancyId())
                .append("openedBy", AuthorDocuments.write(search.openedBy()));
    }

    private static Document toDocument(SearchStep step) {
        return new Document("id", step.id())
                .append("kind", step.kind().name())
                .append("date", step.date().toString())
                .append("detail", step.detail())
                .append("recordedBy", AuthorDocuments.write(step.recordedBy()));
    }

    private static HousingSearch toSearch(Document document) {
        String closedOn = document.getString("closedOn");
        return new HousingSearch(
                document.getString("_id"),
                document.getString("organisation"),
                document.getString("tenantId"),
                LocalDate.parse(document.getString("openedOn")),
                SearchStatus.valueOf(document.getString("status")),
                document.getList("steps", Document.class, List.of()).stream()
                        .map(step -> new SearchStep(step.getString("id"), StepKind.valueOf(step.getString("kind")),
                                LocalDate.parse(step.getString("date")), step.getString("detail"),
                                AuthorDocuments.read(step.get("recordedBy"))))
                        .toList(),
                closedOn == null ? null : LocalDate.parse(closedOn),
                document.getString("tenancyId"),
                AuthorDocuments.read(document.get("openedBy")));
    }
}
