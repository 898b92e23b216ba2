package be.foyer.tenants.protection;

import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/**
 * One random AES-256 data key per tenant, kept in its own collection wrapped (AES-GCM) by the service's
 * key-encryption key. Destroying a tenant's key document makes every text sealed with it unreadable for good,
 * including the copies in backups: that is how erasure reaches data it cannot delete.
 */
@Component
public class DataKeys {

    static final String COLLECTION = "tenant_keys";
    private static final String ALGORITHM = "AES";

    private final MongoCollection<Document> keys;
    private final SecretKey keyEncryptionKey;

    public DataKeys(MongoDatabase database,
            @Value("${foyer.tenants.key-encryption-key}") String keyEncryptionKey) {
        this.keys = database.getCollection(COLLECTION);
        byte[] kek = Base64.getDecoder().decode(keyEncryptionKey.strip());
        if (kek.length != 32) {
            throw new IllegalStateException("foyer.tenants.key-encryption-key must be 32 bytes in base64 (AES-256)");
        }
        this.keyEncryptionKey = new SecretKeySpec(kek, ALGORITHM);
    }

    /** Makes and stores the data key of a new tenant. */
    void create(String tenantId) {
        SecretKey dataKey = newDataKey();
        byte[] wrapped = TenantCipher.encrypt(keyEncryptionKey, dataKey.getEncoded(), tenantId);
        keys.insertOne(new Document("_id", tenantId)
                .append("wrappedKey", Base64.getEncoder().encodeToString(wrapped))
                .append("createdAt", new Date()));
    }

    /** The tenant's cipher; empty once the key was destroyed. */
    public Optional<TenantCipher> find(String tenantId) {
        Document stored = keys.find(Filters.eq("_id", tenantId)).first();
        if (stored == null) {
            return Optional.empty();
        }
        byte[] raw = TenantCipher.decrypt(keyEncryptionKey,
                Base64.getDecoder().decode(stored.getString("wrappedKey")), tenantId);
        return Optional.of(new TenantCipher(tenantId, new SecretKeySpec(raw, ALGORITHM)));
    }

    /** The cipher of a tenant that is not erased, whose key must therefore exist. */
    TenantCipher of(String tenantId) {
        return find(tenantId).orElseThrow(
                () -> new IllegalStateException("No data key for tenant " + tenantId + " (erased?)"));
    }

    void destroy(String tenantId) {
        keys.deleteOne(Filters.eq("_id", tenantId));
    }

    private static SecretKey newDataKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(ALGORITHM);
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }
}
