package be.foyer.housing.dwelling;

import be.foyer.platform.outbox.OutboxCollection;
import java.time.LocalDate;
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
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import be.foyer.events.EventEnvelope;
import be.foyer.housing.address.AddressDocuments;
import be.foyer.housing.address.BelgianAddresses;
import be.foyer.platform.mongo.AuthorDocuments;
import be.foyer.platform.outbox.Outbox;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/** Dwellings in MongoDB, one document each, their pending events in the same document. */
@Repository
// tenancy events travel in the dwelling's document, written with the place they take or free
@OutboxCollection(DwellingStore.COLLECTION)
public class DwellingStore {

    static final String COLLECTION = "dwellings";
    /** The address's municipality as {@link BelgianAddresses#municipalityKey} makes it, for the list's filter. */
    private static final String MUNICIPALITY_KEY = "municipalityKey";

    private final MongoCollection<Document> dwellings;

    public DwellingStore(MongoDatabase database) {
        this.dwellings = database.getCollection(COLLECTION);
        dwellings.createIndex(Indexes.ascending("organisation", "address.postcode", "address.street"));
        dwellings.createIndex(Indexes.ascending("organisation", "siteId"));
        dwellings.createIndex(Indexes.ascending("organisation", MUNICIPALITY_KEY));
        keyMunicipalitiesOfEarlierDwellings();
    }

    /** Dwellings registered before the municipality filter existed get their key once; later starts find none. */
    private void keyMunicipalitiesOfEarlierDwellings() {
        for (Document dwelling : dwellings.find(Filters.exists(MUNICIPALITY_KEY, false))) {
            String municipality = dwelling.get("address", new Document()).getString("municipality");
            dwellings.updateOne(Filters.eq("_id", dwelling.get("_id")), Updates.set(MUNICIPALITY_KEY,
                    municipality == null ? null : BelgianAddresses.municipalityKey(municipality)));
        }
    }

    /** Stores the dwelling and its {@code DwellingRegistered} event in one write. */
    public void register(Dwelling dwelling, EventEnvelope<?> registered) {
        dwellings.insertOne(toDocument(dwelling).append(Outbox.FIELD, Outbox.entries(registered)));
    }

    /**
     * Writes {@code next} with its events if the dwelling is still as {@code read} was (same version): the one
     * write in which a place is taken or freed, or the status changed. False when another write came first.
     */
    public boolean replace(Dwelling read, Dwelling next, List<EventEnvelope<?>> events) {
        List<Bson> changes = new ArrayList<>(List.of(
                Updates.set("details", toDocument(next.details())),
                Updates.set("status", next.status().name()),
                Updates.set("statusHistory", next.statusHistory().stream().map(DwellingStore::toDocument).toList()),
                Updates.set("occupants", next.occupants().stream().map(DwellingStore::toDocument).toList()),
                Updates.set("occupied", next.occupied()),
                Updates.inc("version", 1L)));
        if (!events.isEmpty()) {
            changes.add(Outbox.append(events.toArray(EventEnvelope<?>[]::new)));
        }
        return dwellings.updateOne(
                Filters.and(Filters.eq("_id", read.id()), Filters.eq("organisation", read.organisation()),
                        Filters.eq("version", read.version())),
                Updates.combine(changes)).getModifiedCount() == 1;
    }

    /** The dwelling, if it exists in {@code organisation}: another organisation's dwelling is as absent as none. */
    public Optional<Dwelling> find(String organisation, String id) {
        return Optional.ofNullable(dwellings.find(inOrganisation(organisation, id)).first())
                .map(DwellingStore::toDwelling);
    }

    /** The organisation's dwellings by address (postcode, street, number), narrowed by the filter's parts given. */
    public PageResult<Dwelling> list(String organisation, DwellingFilter wanted, PageQuery page) {
        List<Bson> criteria = new ArrayList<>(List.of(Filters.eq("organisation", organisation)));
        if (wanted.status() != null) {
            criteria.add(Filters.eq("status", wanted.status().name()));
        }
        if (wanted.housingModel() != null) {
            criteria.add(Filters.eq("housingModel", wanted.housingModel().name()));
        }
        if (wanted.municipality() != null) {
            criteria.add(Filters.eq(MUNICIPALITY_KEY, BelgianAddresses.municipalityKey(wanted.municipality())));
        }
        if (wanted.siteId() != null) {
            criteria.add(Filters.eq("siteId", wanted.siteId()));
        }
        Bson filter = Filters.and(criteria);
        List<Dwelling> items = dwellings.find(filter)
                .sort(Sorts.ascending("address.postcode", "address.street", "address.number", "address.box", "_id"))
                .skip(page.offset()).limit(page.size())
                .map(DwellingStore::toDwelling).into(new ArrayList<>());
        return PageResult.of(items, page, dwellings.countDocuments(filter));
    }

    /** The organisation's dwellings among {@code ids}, by id. */
    public Map<String, Dwelling> findAll(String organisation, Collection<String> ids) {
        Map<String, Dwelling> found = new HashMap<>();
        dwellings.find(Filters.and(Filters.eq("organisation", organisation), Filters.in("_id", ids)))
                .map(DwellingStore::toDwelling).forEach(dwelling -> found.put(dwelling.id(), dwelling));
        return found;
    }

    /** The places of the dwellings of each of the sites, summed per site. */
    public Map<String, Places> placesBySite(String organisation, Collection<String> siteIds) {
        Map<String, Places> places = new HashMap<>();
        siteIds.forEach(siteId -> places.put(siteId, Places.NONE));
        dwellings.find(Filters.and(Filters.eq("organisation", organisation), Filters.in("siteId", siteIds)))
                .map(DwellingStore::toDwelling)
                .forEach(dwelling -> places.merge(dwelling.siteId(), Places.of(dwelling), Places::plus));
        return places;
    }

    private static Bson inOrganisation(String organisation, String id) {
        return Filters.and(Filters.eq("_id", id), Filters.eq("organisation", organisation));
    }

    private static Document toDocument(Dwelling dwelling) {
        return new Document("_id", dwelling.id())
                .append("organisation", dwelling.organisation())
                .append("siteId", dwelling.siteId())
                .append("address", AddressDocuments.toDocument(dwelling.address()))
                .append(MUNICIPALITY_KEY, BelgianAddresses.municipalityKey(dwelling.address().municipality()))
                .append("housingModel", dwelling.housingModel().name())
                .append("capacity", dwelling.capacity())
                .append("capacityUnit", dwelling.capacityUnit().name())
                .append("details", toDocument(dwelling.details()))
                .append("status", dwelling.status().name())
                .append("statusHistory", dwelling.statusHistory().stream().map(DwellingStore::toDocument).toList())
                .append("occupants", dwelling.occupants().stream().map(DwellingStore::toDocument).toList())
                .append("occupied", dwelling.occupied())
                .append("version", dwelling.version())
                .append("registeredBy", AuthorDocuments.write(dwelling.registeredBy()))
                .append("registeredAt", Date.from(dwelling.registeredAt()));
    }

    private static Document toDocument(DwellingDetails details) {
        return new Document("rooms", details.rooms())
                .append("bedrooms", details.bedrooms())
                .append("floor", details.floor())
                .append("stepFree", details.stepFree())
                .append("landlordKind", name(details.landlordKind()))
                .append("landlordReference", details.landlordReference())
                .append("monthlyRentCents", details.monthlyRentCents())
                .append("monthlyChargesCents", details.monthlyChargesCents())
                .append("energyClass", name(details.energyClass()));
    }

    private static Document toDocument(StatusChange change) {
        return new Document("status", change.status().name())
                .append("previousStatus", name(change.previousStatus()))
                .append("changedOn", change.changedOn().toString());
    }

    private static Document toDocument(Occupant occupant) {
        return new Document("tenancyId", occupant.tenancyId())
                .append("tenantId", occupant.tenantId())
                .append("room", occupant.room());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Dwelling toDwelling(Document document) {
        Document details = document.get("details", new Document());
        return new Dwelling(
                document.getString("_id"),
                document.getString("organisation"),
                document.getString("siteId"),
                AddressDocuments.toAddress(document.get("address", Document.class)),
                HousingModel.valueOf(document.getString("housingModel")),
                document.getInteger("capacity", 0),
                CapacityUnit.valueOf(document.get("capacityUnit", CapacityUnit.HOUSEHOLDS.name())),
                new DwellingDetails(details.getInteger("rooms"), details.getInteger("bedrooms"),
                        details.getInteger("floor"), details.getBoolean("stepFree"),
                        valueOf(LandlordKind.class, details.getString("landlordKind")),
                        details.getString("landlordReference"), asLong(details.get("monthlyRentCents")),
                        asLong(details.get("monthlyChargesCents")),
                        valueOf(EnergyClass.class, details.getString("energyClass"))),
                DwellingStatus.valueOf(document.getString("status")),
                document.getList("statusHistory", Document.class, List.of()).stream()
                        .map(change -> new StatusChange(DwellingStatus.valueOf(change.getString("status")),
                                valueOf(DwellingStatus.class, change.getString("previousStatus")),
                                LocalDate.parse(change.getString("changedOn"))))
                        .toList(),
                document.getList("occupants", Document.class, List.of()).stream()
                        .map(occupant -> new Occupant(occupant.getString("tenancyId"), occupant.getString("tenantId"),
                                occupant.getString("room")))
                        .toList(),
                asLong(document.get("version")) == null ? 0 : asLong(document.get("version")),
                AuthorDocuments.read(document.get("registeredBy")),
                document.getDate("registeredAt").toInstant());
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
