package be.foyer.housing.dwelling;

import java.util.ArrayList;
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

import be.foyer.events.EventEnvelope;
import be.foyer.events.housing.DwellingRegistered;
import be.foyer.platform.outbox.Outbox;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/** Dwellings in MongoDB, one document each, their pending events in the same document. */
@Repository
public class DwellingStore {

    static final String COLLECTION = "dwellings";

    private final MongoCollection<Document> dwellings;

    public DwellingStore(MongoDatabase database) {
        this.dwellings = database.getCollection(COLLECTION);
        dwellings.createIndex(Indexes.ascending("organisation", "address.postcode", "address.street"));
    }

    /** Stores the dwelling and its {@code DwellingRegistered} event (which carries no address) in one write. */
    public void register(Dwelling dwelling) {
        EventEnvelope<DwellingRegistered> registered = EventEnvelope.of(dwelling.organisation(),
                new DwellingRegistered(dwelling.id(), null, dwelling.housingModel().name(), dwelling.capacity()),
                dwelling.registeredAt());
        dwellings.insertOne(toDocument(dwelling).append(Outbox.FIELD, Outbox.entries(registered)));
    }

    /** The dwelling, if it exists in {@code organisation}: another organisation's dwelling is as absent as none. */
    public Optional<Dwelling> find(String organisation, String id) {
        return Optional.ofNullable(dwellings.find(inOrganisation(organisation, id)).first())
                .map(DwellingStore::toDwelling);
    }

    /** The organisation's dwellings by address: postcode, street, number. */
    public PageResult<Dwelling> list(String organisation, PageQuery page) {
        Bson filter = Filters.eq("organisation", organisation);
        List<Dwelling> items = dwellings.find(filter)
                .sort(Sorts.ascending("address.postcode", "address.street", "address.number", "address.box", "_id"))
                .skip(page.offset()).limit(page.size())
                .map(DwellingStore::toDwelling).into(new ArrayList<>());
        return PageResult.of(items, page, dwellings.countDocuments(filter));
    }

    private static Bson inOrganisation(String organisation, String id) {
        return Filters.and(Filters.eq("_id", id), Filters.eq("organisation", organisation));
    }

    private static Document toDocument(Dwelling dwelling) {
        Address address = dwelling.address();
        return new Document("_id", dwelling.id())
                .append("organisation", dwelling.organisation())
                .append("address", new Document("street", address.street())
                        .append("number", address.number())
                        .append("box", address.box())
                        .append("postcode", address.postcode())
                        .append("municipality", address.municipality()))
                .append("housingModel", dwelling.housingModel().name())
                .append("capacity", dwelling.capacity())
                .append("status", dwelling.status().name())
                .append("registeredBy", dwelling.registeredBy())
                .append("registeredAt", Date.from(dwelling.registeredAt()));
    }

    private static Dwelling toDwelling(Document document) {
        Document address = document.get("address", Document.class);
        return new Dwelling(
                document.getString("_id"),
                document.getString("organisation"),
                new Address(address.getString("street"), address.getString("number"), address.getString("box"),
                        address.getString("postcode"), address.getString("municipality")),
                HousingModel.valueOf(document.getString("housingModel")),
                document.getInteger("capacity", 0),
                DwellingStatus.valueOf(document.getString("status")),
                document.getString("registeredBy"),
                document.getDate("registeredAt").toInstant());
    }
}
