package be.foyer.platform.tenants;

import java.util.Date;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;
import be.foyer.events.MalformedEventException;
import be.foyer.events.tenants.TenantRegistered;

/**
 * The tenants each organisation has, as tenant-service announces them: ids and registration dates only, no names.
 * Services that act on another service's tenants (housing moves them in, activities register them) ask it whether
 * an organisation has a tenant. Every write is an upsert keyed by the tenant id, so a redelivered event changes
 * nothing.
 */
public class KnownTenants {

    static final String COLLECTION = "known_tenants";

    private final MongoCollection<Document> tenants;

    public KnownTenants(MongoDatabase database) {
        this.tenants = database.getCollection(COLLECTION);
        tenants.createIndex(Indexes.ascending("organisation"));
    }

    /** Takes in one event of {@code foyer.tenants.v1}; types other than {@code TenantRegistered} are skipped. */
    public void apply(EventEnvelope<DomainEvent> event) {
        if (!(event.payload() instanceof TenantRegistered registered)) {
            return;
        }
        if (registered.tenantId() == null || registered.tenantId().isBlank()) {
            throw new MalformedEventException("TenantRegistered " + event.eventId() + " has no tenantId");
        }
        tenants.updateOne(Filters.eq("_id", registered.tenantId()),
                Updates.combine(
                        Updates.set("organisation", event.organisation()),
                        Updates.set("registeredOn",
                                registered.registeredOn() == null ? null : registered.registeredOn().toString()),
                        Updates.setOnInsert("firstSeenAt", Date.from(event.occurredAt()))),
                new UpdateOptions().upsert(true));
    }

    /** Whether {@code organisation} has the tenant; another organisation's tenant is as unknown as none. */
    public boolean has(String organisation, String tenantId) {
        return tenants.find(Filters.and(Filters.eq("_id", tenantId), Filters.eq("organisation", organisation)))
                .first() != null;
    }

    public long count(String organisation) {
        return tenants.countDocuments(Filters.eq("organisation", organisation));
    }
}
