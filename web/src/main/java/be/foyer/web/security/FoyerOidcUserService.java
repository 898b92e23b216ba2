package be.foyer.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adds what the API decides on to the signed-in user: the realm roles ({@code realm_access.roles}) as
 * {@code ROLE_<name>} authorities and the {@code organization} claim. Both are read from the access token, which web
 * received from Keycloak's token endpoint itself (back channel), so its payload is read without checking the
 * signature again; the ID token was verified by Spring.
 */
@Component
public class FoyerOidcUserService extends OidcUserService {

    static final String ORGANIZATION_CLAIM = "organization";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = super.loadUser(request);
        Map<String, Object> accessClaims = payload(request.getAccessToken().getTokenValue());
        Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
        realmRoles(accessClaims).forEach(name -> Role.fromKeycloakName(name)
                .ifPresent(role -> authorities.add(new SimpleGrantedAuthority(role.authority()))));
        Map<String, Object> userInfo = new HashMap<>(user.getUserInfo() == null ? Map.of() : user.getUserInfo().getClaims());
        userInfo.put("sub", user.getSubject());
        Object organisations = accessClaims.get(ORGANIZATION_CLAIM);
        if (organisations instanceof Collection<?>) {
            userInfo.put(ORGANIZATION_CLAIM, List.copyOf((Collection<?>) organisations));
        }
        return new DefaultOidcUser(authorities, user.getIdToken(), new OidcUserInfo(userInfo),
                request.getClientRegistration().getProviderDetails().getUserInfoEndpoint().getUserNameAttributeName());
    }

    private static List<String> realmRoles(Map<String, Object> claims) {
        if (claims.get("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> roles) {
            return roles.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static Map<String, Object> payload(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token", "The access token is not a JWT", null));
        }
        byte[] json = Base64.getUrlDecoder().decode(parts[1]);
        return JSON.readValue(new String(json, StandardCharsets.UTF_8), new TypeReference<Map<String, Object>>() {
        });
    }
}
