package be.foyer.tenants.protection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals and opens one tenant's personal texts (notes, health notes, national register number, relay contacts)
 * with AES-GCM under the tenant's own data key. The tenant id is authenticated with every text, so a ciphertext
 * copied onto another tenant's record does not open. Only {@link ProtectedText} seals and opens with it.
 */
public final class TenantCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String tenantId;
    private final SecretKey key;

    TenantCipher(String tenantId, SecretKey key) {
        this.tenantId = tenantId;
        this.key = key;
    }

    /** Base64 of IV and ciphertext; {@code null} stays {@code null}. */
    String seal(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        return Base64.getEncoder().encodeToString(
                encrypt(key, plaintext.getBytes(StandardCharsets.UTF_8), tenantId));
    }

    String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        return new String(decrypt(key, Base64.getDecoder().decode(sealed), tenantId), StandardCharsets.UTF_8);
    }

    static byte[] encrypt(SecretKey key, byte[] plaintext, String associatedData) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(IV_BYTES + ciphertext.length).put(iv).put(ciphertext).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    static byte[] decrypt(SecretKey key, byte[] sealed, String associatedData) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed (wrong key or altered data)", e);
        }
    }
}
