package be.foyer.tenants.protection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The federation key of the contract: HMAC-SHA256 of the normalised national register number (11 digits) under the
 * federation secret, as 64 lowercase hex characters. Every organisation derives the same key for the same person,
 * so the federation counts distinct people without ever seeing who they are.
 */
@Component
public class FederationKeys {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec secret;

    public FederationKeys(@Value("${foyer.tenants.federation-secret}") String secret) {
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** @param nationalRegisterNumber the 11 digits, without punctuation */
    public String of(String nationalRegisterNumber) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(nationalRegisterNumber.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
