package be.foyer.platform.test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import be.foyer.platform.security.KeycloakRolesConverter;

/**
 * Tokens shaped as Keycloak issues them for the demo users of the contract ({@code organization} claim and
 * {@code realm_access.roles}), for MockMvc requests. Roles go through the platform's real converter.
 */
public final class TestTokens {

    private TestTokens() {
    }

    public static RequestPostProcessor alice() {
        return user("alice", "staff", "smes");
    }

    public static RequestPostProcessor bruno() {
        return user("bruno", "staff", "diogenes");
    }

    public static RequestPostProcessor chloe() {
        return user("chloe", "coordinator", "infirmiers-de-rue");
    }

    public static RequestPostProcessor eva() {
        return user("eva", "volunteer", "habitat-et-humanisme");
    }

    public static RequestPostProcessor hugo() {
        return user("hugo", "staff", "a-toi-mon-toit");
    }

    public static RequestPostProcessor farid() {
        return user("farid", "facilitator", "smes");
    }

    /** The federation analyst: no organisation. */
    public static RequestPostProcessor gina() {
        return user("gina", "federation-analyst");
    }

    /** A user with one role and the given organisations (none, one or several). */
    public static RequestPostProcessor user(String username, String role, String... organisations) {
        return SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(jwt -> jwt.subject(subjectOf(username))
                        .issuer("http://localhost:8180/realms/foyer")
                        .claim("preferred_username", username)
                        .claim("organization", List.of(organisations))
                        .claim("realm_access", Map.of("roles", List.of(role))))
                .authorities(new KeycloakRolesConverter());
    }

    /** The token subject given to a test user: stable, like Keycloak's user ids. */
    public static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
