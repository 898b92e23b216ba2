package be.foyer.gateway;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A stand-in Keycloak serving the signing keys of test tokens, and the properties that point the gateway at it. */
final class StubRealm implements AutoCloseable {

    final StubBackend keycloak = new StubBackend("keycloak");
    final String issuer = keycloak.url() + "/realms/foyer";
    final TestTokens tokens = new TestTokens(issuer);

    StubRealm() {
        keycloak.serveJwks(tokens.jwks());
    }

    void register(DynamicPropertyRegistry registry) {
        registry.add("KEYCLOAK_URL", keycloak::url);
        registry.add("TOKEN_ISSUER", () -> issuer);
    }

    @Override
    public void close() {
        keycloak.close();
    }
}
