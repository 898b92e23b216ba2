package be.foyer.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Real RS256 tokens signed with a key generated per test class; its public half is served as JWKS. */
final class TestTokens {

    private final RSAKey key;
    private final String issuer;

    TestTokens(String issuer) {
        this.issuer = issuer;
        try {
            this.key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String jwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    String valid() {
        return token(issuer, Instant.now().plus(Duration.ofMinutes(5)));
    }

    String expired() {
        return token(issuer, Instant.now().minus(Duration.ofMinutes(10)));
    }

    String withIssuer(String otherIssuer) {
        return token(otherIssuer, Instant.now().plus(Duration.ofMinutes(5)));
    }

    /** A valid token of {@code subject} in {@code organisations}, issued to {@code client} (null: no azp claim). */
    String of(String subject, String client, String... organisations) {
        return token(issuer, Instant.now().plus(Duration.ofMinutes(5)), subject, client, List.of(organisations));
    }

    private String token(String iss, Instant expiresAt) {
        return token(iss, expiresAt, "alice-id", "foyer-cli", List.of("smes"));
    }

    private String token(String iss, Instant expiresAt, String subject, String client, List<String> organisations) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(iss)
                .subject(subject)
                .claim("azp", client)
                .claim("preferred_username", subject)
                .claim("organization", organisations)
                .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(15))))
                .expirationTime(Date.from(expiresAt))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
