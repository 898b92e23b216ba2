package be.foyer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import be.foyer.platform.domain.InvalidInputException;
import be.foyer.platform.domain.NotPermittedException;

/** The organisation comes from the token; the X-Organisation header may only choose among the token's. */
class CallerResolverTest {

    private final CallerResolver callers = new CallerResolver();

    @Test
    void a_member_of_one_organisation_acts_for_it() {
        Caller caller = callers.resolve(token(List.of("smes"), "staff"), null);

        assertThat(caller.organisation()).isEqualTo("smes");
        assertThat(caller.username()).isEqualTo("alice");
        assertThat(caller.userId()).isEqualTo("subject-1");
        assertThat(caller.hasRole("staff")).isTrue();
        assertThat(caller.hasAnyRole("coordinator", "staff")).isTrue();
        assertThat(caller.hasRole("coordinator")).isFalse();
    }

    @Test
    void the_header_chooses_among_the_tokens_organisations_only() {
        JwtAuthenticationToken token = token(List.of("smes", "diogenes"), "staff");

        assertThat(callers.resolve(token, "diogenes").organisation()).isEqualTo("diogenes");
        assertThatThrownBy(() -> callers.resolve(token, "new-samusocial")).isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("new-samusocial");
        assertThatThrownBy(() -> callers.resolve(token, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("X-Organisation");
    }

    @Test
    void a_header_cannot_give_an_organisation_to_a_user_of_none() {
        JwtAuthenticationToken analyst = token(List.of(), "federation-analyst");

        assertThat(callers.resolve(analyst, null).organisation()).isNull();
        assertThatThrownBy(() -> callers.resolve(analyst, "smes")).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> callers.resolve(analyst, null).requireOrganisation())
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void keycloaks_map_form_of_the_claim_is_read_too() {
        Jwt jwt = jwt(Map.of("smes", Map.of("id", "x")), "staff");

        assertThat(callers.resolve(new JwtAuthenticationToken(jwt), null).organisation()).isEqualTo("smes");
    }

    @Test
    void realm_roles_become_role_authorities() {
        Jwt jwt = jwt(List.of("smes"), "coordinator");

        assertThat(new KeycloakRolesConverter().convert(jwt))
                .extracting(Object::toString).containsExactly("ROLE_coordinator");
    }

    private static JwtAuthenticationToken token(Object organisations, String role) {
        return new JwtAuthenticationToken(jwt(organisations, role));
    }

    private static Jwt jwt(Object organisations, String role) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("subject-1")
                .claim("preferred_username", "alice")
                .claim("organization", organisations)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
    }
}
