package be.foyer.tenants.protection;

import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

/**
 * The one place protected text is sealed and opened: notes, health notes, reasons, goal descriptions, relay contacts
 * and the national register number. Records and stores hold these texts sealed, as stored; a service that answers
 * them to a person opens them here, with the tenant's data key, and nowhere else ({@link TenantCipher} opens for
 * this class only). The key's life is here too: made with the file, destroyed by its erasure.
 */
@Component
public class ProtectedText {

    private final DataKeys keys;

    ProtectedText(DataKeys keys) {
        this.keys = keys;
    }

    /** Makes the data key of a new tenant, before anything of theirs is sealed. */
    public void newTenant(String tenantId) {
        keys.create(tenantId);
    }

    /** Destroys the tenant's data key: every text sealed with it, here and in backups, is unreadable for good. */
    public void forget(String tenantId) {
        keys.destroy(tenantId);
    }

    /** {@code null} stays {@code null}. */
    public String seal(String tenantId, String plain) {
        return sealing(tenantId).apply(plain);
    }

    /** {@code null} stays {@code null}. */
    public String open(String tenantId, String sealed) {
        return opening(tenantId).apply(sealed);
    }

    /** Seals many texts of one tenant with one look-up of the key. */
    public UnaryOperator<String> sealing(String tenantId) {
        return keys.of(tenantId)::seal;
    }

    /** Opens many texts of one tenant with one look-up of the key. */
    public UnaryOperator<String> opening(String tenantId) {
        return keys.of(tenantId)::open;
    }
}
