package be.foyer.reporting.projection;

import java.util.Optional;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;

import be.foyer.events.tenants.TenantRegistered;

/**
 * One document per tenant ({@code _id} = tenantId): organisation, registration date and, where the tenant consents,
 * the federation key that lets the federation count a person once across organisations. No name ever reaches it.
 */
@Repository
public class TenantFacts {

    static final String COLLECTION = "tenant_facts";

    private final MongoCollection<Document> facts;

    public TenantFacts(MongoDatabase database) {
        this.facts = database.getCollection(COLLECTION);
    }

    /** A natural upsert; fields only set, so facts a later event adds to the document are kept. */
    public void register(String organisation, TenantRegistered tenant) {
        Document fields = new Document("organisation", organisation)
                .append("registeredOn", tenant.registeredOn() == null ? null : tenant.registeredOn().toString());
        if (tenant.federationKey() != null && !tenant.federationKey().isBlank()) {
            fields.append("federationKey", tenant.federationKey());
        }
        facts.updateOne(Filters.eq("_id", tenant.tenantId()), new Document("$set", fields),
                new UpdateOptions().upsert(true));
    }

    /** The organisation the tenant was registered by, once its {@code TenantRegistered} has arrived. */
    public Optional<String> organisationOf(String tenantId) {
        return Optional.ofNullable(facts.find(Filters.eq("_id", tenantId)).first())
                .map(document -> document.getString("organisation"));
    }
}
