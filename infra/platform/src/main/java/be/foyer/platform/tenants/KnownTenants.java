package be.foyer.platform.tenants;

import be.foyer.events.tenants.ConsentPurpose;
import java.util.Date;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;
import be.foyer.events.MalformedEventException;
import be.foyer.events.tenants.ConsentChanged;
import be.foyer.events.tenants.TenantErased;
import be.foyer.events.tenants.TenantRegistered;
import be.foyer.events.tenants.VolunteersAssigned;
import be.foyer.platform.messaging.EventRefusedException;

/**
 * The tenants each organisation has, as tenant-service announces them: ids, registration dates, whether a first
 * name may be shown in shared activities and the usernames of the volunteers assigned to them; no names.
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

    /**
     * Takes in one event of {@code foyer.tenants.v1}: registrations, erasures, the {@code SHARED_ACTIVITIES}
     * consent and the volunteers assigned (the latest list replaces the previous); other types are skipped. An
     * erasure leaves a tombstone so that a replayed registration cannot bring the tenant back.
     */
    public void apply(EventEnvelope<DomainEvent> event) {
        DomainEvent payload = event.payload();
        if (payload instanceof TenantRegistered registered) {
            upsert(event, registered.tenantId(), Updates.set("registeredOn",
                    registered.registeredOn() == null ? null : registered.registeredOn().toString()));
        } else if (payload instanceof TenantErased erased) {
            upsert(event, erased.tenantId(), Updates.set("erased", true));
        } else if (payload instanceof ConsentChanged consent && ConsentPurpose.SHARED_ACTIVITIES.name().equals(consent.purpose())) {
            upsert(event, consent.tenantId(), Updates.set("sharesFirstName", consent.granted()));
        } else if (payload instanceof VolunteersAssigned assigned) {
            upsert(event, assigned.tenantId(), Updates.set("volunteers", assigned.volunteers()));
        }
    }

    private void upsert(EventEnvelope<DomainEvent> event, String tenantId, Bson change) {
        if (tenantId == null || tenantId.isBlank()) {
            throw new MalformedEventException(event.type() + " " + event.eventId() + " has no tenantId");
        }
        refuseAnotherOrganisation(event, tenantId);
        tenants.updateOne(Filters.eq("_id", tenantId),
                Updates.combine(change,
                        Updates.set("organisation", event.organisation()),
                        Updates.setOnInsert("firstSeenAt", Date.from(event.occurredAt()))),
                new UpdateOptions().upsert(true));
    }

    /**
     * A tenant's organisation is the one of its registration: an event about a registered tenant that names another
     * organisation is refused (an event before the registration, which tenant-service never sends, is taken
     * provisionally and the registration has the last word).
     */
    private void refuseAnotherOrganisation(EventEnvelope<DomainEvent> event, String tenantId) {
        Document known = tenants.find(Filters.eq("_id", tenantId))
                .projection(Projections.include("organisation", "registeredOn")).first();
        boolean settled = known != null && known.containsKey("registeredOn") && known.getString("organisation") != null;
        if (settled && !known.getString("organisation").equals(event.organisation())) {
            throw new EventRefusedException(event.type() + " " + event.eventId() + " names another organisation than"
                    + " the registration of tenant " + tenantId);
        }
    }

    /** Whether {@code organisation} has the tenant; another organisation's tenant is as unknown as none. */
    public boolean has(String organisation, String tenantId) {
        return tenants.find(Filters.and(Filters.eq("_id", tenantId), Filters.eq("organisation", organisation),
                Filters.exists("registeredOn"), Filters.ne("erased", true))).first() != null;
    }

    /**
     * Whether {@code volunteer} (a username) is assigned to the tenant, a tenant of {@code organisation}: a volunteer
     * acts only for the tenants they accompany.
     */
    public boolean isAssigned(String organisation, String tenantId, String volunteer) {
        return volunteer != null && tenants.find(Filters.and(Filters.eq("_id", tenantId),
                Filters.eq("organisation", organisation), Filters.exists("registeredOn"), Filters.ne("erased", true),
                Filters.eq("volunteers", volunteer))).first() != null;
    }

    /** The organisation of a known, not erased tenant, or {@code null}. */
    public String organisationOf(String tenantId) {
        Document tenant = tenants.find(Filters.and(Filters.eq("_id", tenantId), Filters.exists("registeredOn"),
                Filters.ne("erased", true))).first();
        return tenant == null ? null : tenant.getString("organisation");
    }

    /** Whether the tenant consented to their first name being shown to other organisations in shared activities. */
    public boolean sharesFirstName(String tenantId) {
        return tenants.find(Filters.and(Filters.eq("_id", tenantId), Filters.eq("sharesFirstName", true),
                Filters.ne("erased", true))).first() != null;
    }

    public long count(String organisation) {
        return tenants.countDocuments(Filters.and(Filters.eq("organisation", organisation),
                Filters.exists("registeredOn"), Filters.ne("erased", true)));
    }
}
