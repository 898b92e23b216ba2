package be.foyer.housing.site;

import be.foyer.platform.outbox.OutboxCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

import be.foyer.events.EventEnvelope;
import be.foyer.housing.address.AddressDocuments;
import be.foyer.platform.mongo.AuthorDocuments;
import be.foyer.housing.dwelling.HousingModel;
import be.foyer.platform.outbox.Outbox;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/** Sites in MongoDB, one document each, their pending events in the same document. */
@Repository
@OutboxCollection(SiteStore.COLLECTION)
public class SiteStore {

    static final String COLLECTION = "sites";

    private final MongoCollection<Document> sites;

    public SiteStore(MongoDatabase database) {
        this.sites = database.getCollection(COLLECTION);
    }

    /** Stores the site and its {@code SiteRegistered} event in one write. */
    public void register(Site site, EventEnvelope<?> registered) {
        sites.insertOne(toDocument(site).append(Outbox.FIELD, Outbox.entries(registered)));
    }

    /** The site, if it exists in {@code organisation}: another organisation's site is as absent as none. */
    public Optional<Site> find(String organisation, String id) {
        return Optional.ofNullable(sites.find(Filters.and(Filters.eq("_id", id),
                Filters.eq("organisation", organisation))).first()).map(SiteStore::toSite);
    }

    /** The names of the organisation's sites among {@code ids}, by id. */
    public Map<String, String> namesOf(String organisation, Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        sites.find(Filters.and(Filters.eq("organisation", organisation), Filters.in("_id", ids)))
                .forEach(site -> names.put(site.getString("_id"), site.getString("name")));
        return names;
    }

    /** The organisation's sites by name. */
    public PageResult<Site> list(String organisation, PageQuery page) {
        Bson filter = Filters.eq("organisation", organisation);
        List<Site> items = sites.find(filter).sort(Sorts.ascending("name", "_id"))
                .skip(page.offset()).limit(page.size())
                .map(SiteStore::toSite).into(new ArrayList<>());
        return PageResult.of(items, page, sites.countDocuments(filter));
    }

    private static Document toDocument(Site site) {
        return new Document("_id", site.id())
                .append("organisation", site.organisation())
                .append("name", site.name())
                .append("housingModel", site.housingModel().name())
                .append("address", AddressDocuments.toDocument(site.address()))
                .append("sharedSpaces", site.sharedSpaces().stream().map(Enum::name).toList())
                .append("houseRules", site.houseRules())
                .append("registeredBy", AuthorDocuments.write(site.registeredBy()))
                .append("registeredAt", Date.from(site.registeredAt()));
    }

    private static Site toSite(Document document) {
        return new Site(
                document.getString("_id"),
                document.getString("organisation"),
                document.getString("name"),
                HousingModel.valueOf(document.getString("housingModel")),
                AddressDocuments.toAddress(document.get("address", Document.class)),
                document.getList("sharedSpaces", String.class, List.of()).stream().map(SharedSpace::valueOf).toList(),
                document.getString("houseRules"),
                AuthorDocuments.read(document.get("registeredBy")),
                document.getDate("registeredAt").toInstant());
    }
}
