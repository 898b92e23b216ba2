package be.foyer.tenants.tenant;

import java.time.LocalDate;
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
import be.foyer.events.tenants.TenantRegistered;
import be.foyer.platform.outbox.Outbox;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/** Tenants in MongoDB, one document each, their pending events in the same document. */
@Repository
public class TenantStore {

    static final String COLLECTION = "tenants";

    private final MongoCollection<Document> tenants;

    public TenantStore(MongoDatabase database) {
        this.tenants = database.getCollection(COLLECTION);
        tenants.createIndex(Indexes.ascending("organisation", "lastName", "firstName"));
    }

    /** Stores the tenant and its {@code TenantRegistered} event in one write. */
    public void register(Tenant tenant) {
        EventEnvelope<TenantRegistered> registered = EventEnvelope.of(tenant.organisation(),
                new TenantRegistered(tenant.id(), tenant.registeredOn(), null), tenant.registeredAt());
        tenants.insertOne(toDocument(tenant).append(Outbox.FIELD, Outbox.entries(registered)));
    }

    /** The tenant, if it exists in {@code organisation}: another organisation's tenant is as absent as none. */
    public Optional<Tenant> find(String organisation, String id) {
        return Optional.ofNullable(tenants.find(inOrganisation(organisation, id)).first()).map(TenantStore::toTenant);
    }

    public PageResult<Tenant> list(String organisation, PageQuery page) {
        Bson filter = Filters.eq("organisation", organisation);
        List<Tenant> items = tenants.find(filter)
                .sort(Sorts.ascending("lastName", "firstName", "_id"))
                .skip(page.offset()).limit(page.size())
                .map(TenantStore::toTenant).into(new ArrayList<>());
        return PageResult.of(items, page, tenants.countDocuments(filter));
    }

    private static Bson inOrganisation(String organisation, String id) {
        return Filters.and(Filters.eq("_id", id), Filters.eq("organisation", organisation));
    }

    private static Document toDocument(Tenant tenant) {
        return new Document("_id", tenant.id())
                .append("organisation", tenant.organisation())
                .append("firstName", tenant.firstName())
                .append("lastName", tenant.lastName())
                .append("registeredOn", tenant.registeredOn().toString())
                .append("registeredBy", tenant.registeredBy())
                .append("registeredAt", Date.from(tenant.registeredAt()));
    }

    private static Tenant toTenant(Document document) {
        return new Tenant(
                document.getString("_id"),
                document.getString("organisation"),
                document.getString("firstName"),
                document.getString("lastName"),
                LocalDate.parse(document.getString("registeredOn")),
                document.getString("registeredBy"),
                document.getDate("registeredAt").toInstant());
    }
}
