package be.foyer.platform.test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import be.foyer.platform.security.KeycloakRolesConverter;
import be.foyer.platform.security.Roles;

/**
 * Tokens shaped as Keycloak issues them for the demo users of the contract ({@code organization} claim and
 * {@code realm_access.roles}), for MockMvc requests. Roles go through the platform's real converter.
 */
public final class TestTokens {

    public static final String FOYER_CLI = "foyer-cli";

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

    /** Someone who runs the platform (Actuator beyond health); no organisation; no demo user has this role. */
    public static RequestPostProcessor operator() {
        return user("olga", Roles.PLATFORM_OPERATOR);
    }

    /** A user with one role and the given organisations (none, one or several), signed in through foyer-cli. */
    public static RequestPostProcessor user(String username, String role, String... organisations) {
        return issuedTo(FOYER_CLI, username, role, organisations);
    }

    /** As {@link #user}, but the token was issued to {@code client} (its {@code azp} claim). */
    public static RequestPostProcessor issuedTo(String client, String username, String role, String... organisations) {
        return SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(jwt -> jwt.subject(subjectOf(username))
                        .issuer("http://localhost:8180/realms/foyer")
                        .claim("azp", client)
                        .claim("preferred_username", username)
                        .claim("name", nameOf(username))
                        .claim("organization", List.of(organisations))
                        .claim("realm_access", Map.of("roles", List.of(role))))
                .authorities(new KeycloakRolesConverter());
    }

    /** The name a test user's token carries ({@code name} claim): "Alice Test" for alice, what pages show. */
    public static String nameOf(String username) {
        return Character.toUpperCase(username.charAt(0)) + username.substring(1) + " Test";
    }

    /** The token subject given to a test user: stable, like Keycloak's user ids. */
    public static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
