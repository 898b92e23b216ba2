package be.foyer.reporting.projection;

import be.foyer.events.tenants.ConsentPurpose;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

import be.foyer.events.tenants.ConsentChanged;
import be.foyer.events.tenants.TenantErased;
import be.foyer.events.tenants.TenantRegistered;

/**
 * One document per tenant ({@code _id} = tenantId): organisation, registration date and, while the tenant consents,
 * the federation key that lets the federation count a person once across organisations. No name ever reaches it.
 * An erased tenant keeps no key, and no later event gives it one back.
 */
@Repository
public class TenantFacts extends FactCollection {

    static final String COLLECTION = "tenant_facts";

    /** The consent purpose under which tenant-service hands out the federation key. */

    private static final String KEY = "federationKey";

    public TenantFacts(MongoDatabase database) {
        super(database, COLLECTION);
    }

    public void register(FactBatch batch, String organisation, TenantRegistered tenant) {
        upsert(batch, tenant.tenantId(), new Document("organisation", organisation)
                .append("registeredOn", text(tenant.registeredOn())));
        giveKey(batch, tenant.tenantId(), tenant.federationKey());
    }

    /** Only the federation statistics consent matters here: given with a key sets it, withdrawn drops it. */
    public void consent(FactBatch batch, String organisation, ConsentChanged consent) {
        if (!ConsentPurpose.FEDERATION_STATISTICS.name().equals(consent.purpose())) {
            return;
        }
        upsert(batch, consent.tenantId(), new Document("organisation", organisation));
        if (consent.granted()) {
            giveKey(batch, consent.tenantId(), consent.federationKey());
        } else {
            unset(batch, consent.tenantId(), KEY);
        }
    }

    /** Counts already made stay; what could single the person out (the key) goes, for good. */
    public void erase(FactBatch batch, String organisation, TenantErased erased) {
        upsert(batch, erased.tenantId(), new Document("organisation", organisation).append("erased", true));
        unset(batch, erased.tenantId(), KEY);
    }

    /**
     * Decided here rather than by a filter on {@code erased}: a store without secondary indexes (the embedded
     * default) answers a filter on more than {@code _id} by scanning the collection.
     */
    private void giveKey(FactBatch batch, String tenantId, String key) {
        if (key != null && !key.isBlank() && !Boolean.TRUE.equals(erased(batch, tenantId))) {
            upsert(batch, tenantId, new Document(KEY, key));
        }
    }

    private Object erased(FactBatch batch, String tenantId) {
        Document tenant = current(batch, tenantId);
        return tenant == null ? null : tenant.get("erased");
    }

    /**
     * The organisation the tenant was registered by, once one of its events has arrived: stored, or set earlier in
     * the batch (so a forged event in the same batch as the registration is refused too). Announced beforehand with
     * {@link #willRead}, it is read with the batch's other facts.
     */
    Optional<String> organisationOf(FactBatch batch, String tenantId) {
        return Optional.ofNullable(current(batch, tenantId)).map(document -> document.getString("organisation"));
    }

    /** The organisation the tenant was registered by, as stored. */
    public Optional<String> organisationOf(String tenantId) {
        return stored(tenantId).map(document -> document.getString("organisation"));
    }

    public Optional<String> federationKeyOf(String tenantId) {
        return stored(tenantId).map(document -> document.getString(KEY));
    }

    private Optional<Document> stored(String tenantId) {
        return Optional.ofNullable(facts().find(Filters.eq("_id", tenantId)).first());
    }

    /**
     * Distinct people among {@code tenantIds}, which may come from several organisations: tenants with a federation
     * key count once per key, tenants without one count each (a tenant id belongs to one organisation).
     */
    public long distinctPeople(Collection<String> tenantIds) {
        return people(tenantIds).distinct();
    }

    /** Distinct people among {@code tenantIds}, and how many of them were counted without a federation key. */
    public People people(Collection<String> tenantIds) {
        Set<String> keys = new HashSet<>();
        Set<String> keyed = new HashSet<>();
        federationKeys(tenantIds).forEach((tenantId, key) -> {
            keys.add(key);
            keyed.add(tenantId);
        });
        long withoutKey = new HashSet<>(tenantIds).stream().filter(id -> !keyed.contains(id)).count();
        return new People(keys.size() + withoutKey, withoutKey);
    }

    /**
     * The federation keys of those of {@code tenantIds} that have one (tenantId → key). Asked by {@code _id} alone,
     * which the embedded store answers from its index: the tenants read are those of the report, not all.
     */
    public Map<String, String> federationKeys(Collection<String> tenantIds) {
        Map<String, String> keys = new HashMap<>();
        List<String> ids = List.copyOf(new HashSet<>(tenantIds));
        for (List<String> slice : IdSlices.of(ids)) {
            for (Document tenant : facts().find(Filters.in("_id", slice)).projection(Projections.include(KEY))) {
                String key = tenant.getString(KEY);
                if (key != null) {
                    keys.put(tenant.getString("_id"), key);
                }
            }
        }
        return keys;
    }
}
