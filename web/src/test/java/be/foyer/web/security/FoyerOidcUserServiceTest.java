package be.foyer.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The roles and organisation of a Keycloak access token become the signed-in user's (no Keycloak needed). */
class FoyerOidcUserServiceTest {

    private final ClientRegistration keycloak = ClientRegistration.withRegistrationId("keycloak")
            .clientId("foyer-web").clientSecret("secret")
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .scope("openid", "organization")
            .authorizationUri("http://keycloak.test/auth").tokenUri("http://keycloak.test/token")
            // no user-info-uri: the user service then reads only the tokens
            .jwkSetUri("http://keycloak.test/certs")
            .userNameAttributeName("preferred_username")
            .build();

    @Test
    void realmRolesBecomeAuthoritiesAndTheOrganisationIsKept() {
        OidcUser user = load("""
                {"sub":"u-1","preferred_username":"chloe","organization":["infirmiers-de-rue"],
                 "realm_access":{"roles":["coordinator","offline_access","default-roles-foyer"]}}""");

        assertThat(user.getAuthorities()).extracting(a -> a.getAuthority()).contains("ROLE_coordinator")
                .doesNotContain("ROLE_offline_access", "ROLE_default-roles-foyer");
        CurrentUser current = CurrentUser.of(user);
        assertThat(current.username()).isEqualTo("chloe");
        assertThat(current.displayName()).isEqualTo("Chloé Martin");
        assertThat(current.roles()).isEqualTo(Set.of(Role.COORDINATOR));
        assertThat(current.organisation()).isEqualTo("infirmiers-de-rue");
        assertThat(current.isSeesCaseFiles()).isTrue();
        assertThat(current.isSeesReports()).isTrue();
    }

    @Test
    void aTokenWithoutOrganisationOrRolesGivesNeither() {
        CurrentUser current = CurrentUser.of(load("{\"sub\":\"u-2\",\"preferred_username\":\"gina\"}"));
        assertThat(current.organisation()).isNull();
        assertThat(current.roles()).isEmpty();
        assertThat(current.isSeesCaseFiles()).isFalse();
    }

    private OidcUser load(String accessTokenClaims) {
        Instant now = Instant.now();
        OidcIdToken id = OidcIdToken.withTokenValue("id-token").subject("u-1").claim("preferred_username",
                        accessTokenClaims.contains("chloe") ? "chloe" : "gina")
                .claim("name", "Chloé Martin").issuedAt(now).expiresAt(now.plusSeconds(60)).build();
        OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, jwt(accessTokenClaims),
                now, now.plusSeconds(60), Set.of("openid", "organization"));
        return new FoyerOidcUserService().loadUser(new OidcUserRequest(keycloak, access, id));
    }

    private static String jwt(String claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }
}
